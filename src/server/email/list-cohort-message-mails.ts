import "server-only";
import { db } from "@/server/db";
import { cohortMessageKind } from "@/server/email/send-cohort-message";

/** The mails of one cohort message (one batch), by recipient, with how each went. */
export async function listCohortMessageMails({ batchId }: { batchId: string }) {
  return db.emailOutbox.findMany({ where: { kind: cohortMessageKind(batchId) }, orderBy: { to: "asc" }, select: { id: true, to: true, subject: true, status: true, sentAt: true, lastError: true, cohortId: true } });
}
