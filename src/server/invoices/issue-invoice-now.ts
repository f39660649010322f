import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { kickTransmissions } from "@/server/invoices/transmission-worker";

/** Staff issue what is due for a direction now instead of waiting for the automatic run. */
export async function issueInvoiceNow({ actor, directionId }: { actor: Actor | null; directionId: string }) {
  assertStaff(actor);
  const invoice = await transaction(async (tx) => {
    const direction = await tx.direction.findUnique({ where: { id: directionId }, select: { status: true } });
    if (!direction) throw new DomainError("NOT_FOUND");
    if (direction.status !== "CONFIRMED") throw new DomainError("INVALID_STATE");
    return issueInvoice(tx, { directionId, actor });
  });
  if (invoice) kickTransmissions();
  return invoice;
}
