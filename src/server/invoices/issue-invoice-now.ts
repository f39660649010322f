import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { actorOf } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import type { CurrentUser } from "@/server/auth/session";

/** Staff issue what is due for a direction now instead of waiting for the automatic run. */
export async function issueInvoiceNow({ actor, directionId }: { actor: CurrentUser | null; directionId: string }) {
  assertStaff(actor);
  const invoice = await transaction(async (tx) => {
    const direction = await tx.direction.findUnique({ where: { id: directionId }, select: { status: true } });
    if (!direction) throw new DomainError("NOT_FOUND");
    if (direction.status !== "CONFIRMED") throw new DomainError("INVALID_STATE");
    return issueInvoice(tx, { directionId, actor: actorOf(actor) });
  });
  if (invoice) kickTransmissions();
  return invoice;
}
