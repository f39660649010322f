import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { enqueueTransmission } from "@/server/invoices/enqueue-transmission";
import { kickTransmissions } from "@/server/invoices/transmission-worker";

/**
 * Sends an invoice again through the transmission outbox. Not yet sent: a failed transmission is
 * retried (audited), one still under way is left alone. Already sent, without `force`: reported
 * as such rather than sent twice; with it the e-mail goes out again (the buyer lost it), and the
 * e-invoice too only if staff ask for that (an access point may book it twice).
 */
export async function resendInvoice({ actor, invoiceId, force = false, resendEInvoice = false, now = new Date() }: { actor: Actor | null; invoiceId: string; force?: boolean; resendEInvoice?: boolean; now?: Date }) {
  assertStaff(actor);
  const result = await transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invoice" WHERE id = ${invoiceId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND");
    const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { sentAt: true, directionId: true, displayNumber: true } });
    const open = await tx.invoiceTransmission.findMany({ where: { invoiceId, status: { not: "SENT" } }, orderBy: { createdAt: "asc" } });
    if (!invoice.sentAt || open.length > 0) {
      const failed = open.filter((t) => t.status === "FAILED");
      for (const transmission of failed) {
        await tx.invoiceTransmission.update({ where: { id: transmission.id }, data: { status: "PENDING", attempts: 0, nextAttemptAt: now, failedAt: null } });
        await recordAudit(tx, {
          actor,
          action: "invoice.transmission-retry",
          entityType: "Invoice",
          entityId: invoiceId,
          directionId: invoice.directionId,
          before: { status: "FAILED", attempts: transmission.attempts, lastError: transmission.lastError },
          after: { status: "PENDING", displayNumber: invoice.displayNumber },
        });
      }
      if (failed.length > 0 || open.length > 0) return { transmitted: true, resent: false };
      // Sent before the outbox existed, or its row is gone: queue it afresh.
      await enqueueTransmission(tx, { invoiceId, requestedBy: actor });
      return { transmitted: true, resent: false };
    }
    if (!force) return { transmitted: false, resent: false };
    await enqueueTransmission(tx, { invoiceId, channels: resendEInvoice ? ["e-invoice", "email"] : ["email"], resend: true, requestedBy: actor });
    return { transmitted: true, resent: true };
  });
  if (result.transmitted) kickTransmissions();
  return result;
}
