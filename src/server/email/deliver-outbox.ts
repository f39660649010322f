import "server-only";
import { db } from "@/server/db";
import { deliverMail } from "@/server/email/mailer";
import type { EmailAttachment } from "@/server/email/queue-email";
import { claimDue, failureUpdate } from "@/server/jobs/durable-queue";

const MAX_ATTEMPTS = 8;
const BATCH = 10;

type Claimed = { id: string; to: string; subject: string; html: string; text: string; attachments: unknown; attempts: number };

/**
 * Claims due mail through the shared durable-queue loop (FOR UPDATE SKIP LOCKED, leased), so
 * any number of app instances can run this without sending a message twice, and SMTP runs
 * outside any transaction.
 */
export async function deliverOutbox({ now = new Date() }: { now?: Date } = {}): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDue<Claimed>({ table: "EmailOutbox", columns: ["to", "subject", "html", "text", "attachments"], batch: BATCH, now });

  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await deliverMail({ ...mail, attachments: (mail.attachments ?? []) as EmailAttachment[] });
      await db.emailOutbox.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      const { data } = failureUpdate({ attempts: mail.attempts, error, maxAttempts: MAX_ATTEMPTS });
      await db.emailOutbox.update({ where: { id: mail.id }, data });
    }
  }
  return { sent, failed };
}

/** Delivers until nothing is due (bounded), for callers that want mail out promptly. */
export async function drainOutbox(maxRounds = 20): Promise<void> {
  for (let i = 0; i < maxRounds; i++) {
    const { sent, failed } = await deliverOutbox();
    if (sent + failed === 0) return;
  }
}
