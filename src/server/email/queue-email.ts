import "server-only";
import type { Tx } from "@/server/db";

export type EmailAttachment = { filename: string; contentType: string; contentBase64: string };

export type QueuedEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: EmailAttachment[];
  kind?: string;
  directionId?: string | null;
  cohortId?: string | null;
};

/**
 * Writes mail to the outbox inside the caller's transaction: it is sent only if the
 * transaction commits, and a rollback leaves no mail behind.
 */
export async function queueEmail(tx: Pick<Tx, "emailOutbox">, email: QueuedEmail) {
  return tx.emailOutbox.create({ data: outboxRow(email) });
}

/** Several mails in one statement, for transactions that hold a lock while they queue. */
export async function queueEmails(tx: Pick<Tx, "emailOutbox">, emails: QueuedEmail[]) {
  if (emails.length === 0) return;
  await tx.emailOutbox.createMany({ data: emails.map(outboxRow) });
}

/** The outbox row a mail is stored as (for writers that insert it with other rows in one statement). */
export function outboxRow(email: QueuedEmail) {
  return {
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    attachments: email.attachments ?? [],
    kind: email.kind ?? "generic",
    directionId: email.directionId ?? null,
    cohortId: email.cohortId ?? null,
  };
}
