import "server-only";
import { db } from "@/server/db";
import { listOutboxAttachments } from "@/server/email/outbox-attachments";

/** One mail of the outbox as it was sent, with its attachments (without their content) and the cohort it concerns; null when there is none. */
export async function getOutboxMail({ emailId }: { emailId: string }) {
  const mail = await db.emailOutbox.findUnique({
    where: { id: emailId },
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true, directionId: true, cohortId: true },
  });
  if (!mail) return null;
  const [attachments, cohort] = await Promise.all([
    listOutboxAttachments([emailId]),
    mail.cohortId ? db.cohort.findUnique({ where: { id: mail.cohortId }, select: { id: true, title: true } }) : null,
  ]);
  return { mail, attachments, cohort };
}
