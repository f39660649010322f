import "server-only";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { markInvoicePaid } from "@/server/invoices/mark-invoice-paid";

/** Staff record that the municipality has paid (bank reconciliation is manual). */
export async function recordInvoicePayment({ actor, invoiceId, paidAt }: { actor: Actor | null; invoiceId: string; paidAt?: Date }) {
  assertStaff(actor);
  return markInvoicePaid({ invoiceId, actor, paidAt });
}
