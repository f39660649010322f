import "server-only";
import { transaction, type Tx } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { assertRole, type Actor } from "@/server/auth/actor";
import type { Invoice } from "@/generated/prisma/client";
import { DomainError } from "@/domain/errors";

/**
 * Records the buyer's payment (ISSUED or SENT → PAID): staff by hand (bank reconciliation is
 * manual), or the system on the buyer's "paid" response, in that response's transaction (`tx`).
 * Marking a paid invoice again is a no-op, so a double-submitted form is harmless. Credit notes
 * are not paid by the buyer.
 */
export async function markInvoicePaid({ actor, tx, ...input }: { actor: Actor | null; tx?: Tx; invoiceId: string; paidAt?: Date }): Promise<Invoice> {
  assertRole(actor, "STAFF", "SYSTEM");
  const paying = { ...input, actor };
  return tx ? markPaid(tx, paying) : transaction((t) => markPaid(t, paying));
}

async function markPaid(tx: Tx, { invoiceId, actor, paidAt = new Date() }: { invoiceId: string; actor: Actor; paidAt?: Date }): Promise<Invoice> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invoice" WHERE id = ${invoiceId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND");
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  if (invoice.status === "PAID") return invoice;
  if (invoice.kind !== "INVOICE") throw new DomainError("INVALID_STATE", { reason: "credit notes are not paid" });
  if (invoice.status === "CREDITED") throw new DomainError("INVOICE_ALREADY_CREDITED");
  const paid = await tx.invoice.update({ where: { id: invoiceId }, data: { status: "PAID", paidAt } });
  await recordAudit(tx, {
    actor,
    action: "invoice.mark-paid",
    entityType: "Invoice",
    entityId: invoiceId,
    directionId: invoice.directionId,
    before: { status: invoice.status },
    after: { status: paid.status, paidAt },
  });
  return paid;
}
