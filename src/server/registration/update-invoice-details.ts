import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit, type AuditActor } from "@/server/audit/record-audit";
import { isInvoiced, loadDirectionLocked } from "@/server/registration/load-direction-locked";
import type { InvoiceDetailsInput } from "@/lib/schemas/invoice-details";

const FIELDS = ["ean", "cvr", "orderNumber", "personReference", "accountingString", "billingName", "billingStreet", "billingPostalCode", "billingCity"] as const;

/**
 * Changes the invoice details until the first invoice is issued. An issued invoice keeps its
 * own snapshot of the buyer and cannot change, so later corrections go through Komponent.
 */
export async function updateInvoiceDetails({ actor, directionId, input }: { actor: AuditActor; directionId: string; input: InvoiceDetailsInput }) {
  return transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    if (isInvoiced(direction)) throw new DomainError("ALREADY_INVOICED");
    const before = Object.fromEntries(FIELDS.map((f) => [f, direction[f]]));
    const after = Object.fromEntries(FIELDS.map((f) => [f, input[f]]));
    const updated = await tx.direction.update({ where: { id: directionId }, data: after });
    await recordAudit(tx, { actor, action: "direction.invoice-details.update", entityType: "Direction", entityId: directionId, directionId, before, after });
    return updated;
  });
}
