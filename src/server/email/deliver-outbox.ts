import "server-only";
import { env } from "@/env";
import { db } from "@/server/db";
import { deliverMail } from "@/server/email/mailer";
import type { EmailAttachment } from "@/server/email/queue-email";

const MAX_ATTEMPTS = 8;
const BATCH = 10;

/** 30 s, 1 min, 2 min … capped at 1 hour (the base is configurable for tests). */
export function backoffMs(attempts: number, baseMs = env.OUTBOX_RETRY_BASE_MS): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

type Claimed = { id: string; to: string; subject: string; html: string; text: string; attachments: unknown; attempts: number };

/**
 * Claims due mail with FOR UPDATE SKIP LOCKED, so any number of app instances can run
 * this loop without sending a message twice. A claimed row is marked SENDING with a
 * lease; if the process dies mid-send the lease expires and the row is retried.
 */
export async function deliverOutbox({ now = new Date() }: { now?: Date } = {}): Promise<{ sent: number; failed: number }> {
  const leaseUntil = new Date(now.getTime() + 5 * 60_000);
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "EmailOutbox" SET status = 'SENDING', "nextAttemptAt" = ${leaseUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "EmailOutbox"
      WHERE status IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= ${now}
      ORDER BY "createdAt"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "to", subject, html, text, attachments, attempts`;

  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await deliverMail({ ...mail, attachments: (mail.attachments ?? []) as EmailAttachment[] });
      await db.emailOutbox.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db.emailOutbox.update({
        where: { id: mail.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          lastError: message.slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + backoffMs(mail.attempts)),
        },
      });
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
