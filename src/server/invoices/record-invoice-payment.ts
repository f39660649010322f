import "server-only";
import { actorOf } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { markInvoicePaid } from "@/server/invoices/mark-invoice-paid";
import type { CurrentUser } from "@/server/auth/session";

/** Staff record that the municipality has paid (bank reconciliation is manual). */
export async function recordInvoicePayment({ actor, invoiceId, paidAt }: { actor: CurrentUser | null; invoiceId: string; paidAt?: Date }) {
  assertStaff(actor);
  return markInvoicePaid({ invoiceId, actor: actorOf(actor), paidAt });
}
