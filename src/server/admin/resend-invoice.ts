import "server-only";
import { actorOf } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { transmitInvoice } from "@/server/invoicing/transmit-invoice";
import type { CurrentUser } from "@/server/auth/session";

/**
 * Transmits an invoice that has not gone out (e.g. the access point was down). transmitInvoice
 * is idempotent, so an invoice already sent is reported as such rather than sent twice.
 */
export async function resendInvoice({ actor, invoiceId }: { actor: CurrentUser | null; invoiceId: string }) {
  assertStaff(actor);
  const { transmitted } = await transmitInvoice({ invoiceId, actor: actorOf(actor) });
  return { transmitted };
}
