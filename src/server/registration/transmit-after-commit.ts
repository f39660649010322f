import "server-only";
import { transmitInvoice } from "@/server/invoicing/transmit-invoice";

/**
 * Sends issued invoices or credit notes once their transaction has committed. The change the
 * person made is already saved, so a transmission failure is logged for staff (who can resend
 * from /admin) rather than reported as a failed change.
 */
export async function transmitAfterCommit(...invoices: ({ id: string } | null | undefined)[]) {
  for (const invoice of invoices) {
    if (!invoice) continue;
    try {
      await transmitInvoice({ invoiceId: invoice.id });
    } catch (error) {
      console.error(`invoice ${invoice.id}: transmission after commit failed`, error);
    }
  }
}
