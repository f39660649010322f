import "server-only";
import { actorOf } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { transmitInvoice } from "@/server/invoicing/transmit-invoice";
import type { CurrentUser } from "@/server/auth/session";

/**
 * Transmits an invoice that has not gone out (e.g. the access point was down). Without `force`
 * an invoice already sent is reported as such rather than sent twice; with it the e-mail goes
 * out again (the buyer lost it), and the e-invoice too only if staff ask for that.
 */
export async function resendInvoice({ actor, invoiceId, force = false, resendEInvoice = false }: { actor: CurrentUser | null; invoiceId: string; force?: boolean; resendEInvoice?: boolean }) {
  assertStaff(actor);
  const { transmitted, resent } = await transmitInvoice({ invoiceId, actor: actorOf(actor), force, resendEInvoice });
  return { transmitted, resent };
}
