import "server-only";
import type { Tx } from "@/server/db";
import type { AuditActor } from "@/server/audit/record-audit";
import type { Invoice } from "@/generated/prisma/client";

/**
 * Issues the invoice (or a supplementary invoice) for a confirmed direction's participants
 * not yet invoiced, inside the caller's transaction. Returns null when nothing is due.
 * (Stub until the invoicing issue lands: the registration flow already calls it.)
 */
export async function issueInvoice(_tx: Tx, _input: { directionId: string; actor: AuditActor; now?: Date }): Promise<Invoice | null> {
  return null;
}
