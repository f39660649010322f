import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";

/**
 * Puts failed mail back in the queue with a fresh set of attempts (staff retry after fixing
 * the cause, e.g. a mistyped address or an SMTP outage). Without emailId: every failed mail.
 */
export async function retryEmail({ actor, emailId, now = new Date() }: { actor: Actor | null; emailId?: string; now?: Date }) {
  assertStaff(actor);
  const count = await transaction(async (tx) => {
    const where = emailId ? { id: emailId, status: "FAILED" as const } : { status: "FAILED" as const };
    const failed = await tx.emailOutbox.findMany({ where, select: { id: true, to: true, kind: true, directionId: true, lastError: true } });
    if (emailId && failed.length === 0) throw new DomainError("INVALID_STATE");
    await tx.emailOutbox.updateMany({ where: { id: { in: failed.map((f) => f.id) } }, data: { status: "PENDING", nextAttemptAt: now, attempts: 0 } });
    for (const mail of failed) {
      await recordAudit(tx, {
        actor,
        action: "email.retry",
        entityType: "EmailOutbox",
        entityId: mail.id,
        directionId: mail.directionId,
        before: { status: "FAILED", lastError: mail.lastError },
        after: { status: "PENDING", to: mail.to, kind: mail.kind },
      });
    }
    return failed.length;
  });
  kickOutbox();
  return { retried: count };
}
