import "server-only";
import { transmitInvoice } from "@/server/invoicing/transmit-invoice";

const state = globalThis as unknown as { invoiceTransmissions?: Promise<void> };

/**
 * Sends issued invoices or credit notes once their transaction has committed. It runs after
 * the response, one document at a time: rendering the PDF and both XML files is ~100 ms of
 * CPU that the person who made the change should not wait for, and a burst of registrations
 * should not render a dozen at once. The change is already saved, so a failure is logged for
 * staff (who can resend from /admin) rather than reported as a failed change.
 */
export function transmitAfterCommit(...invoices: ({ id: string } | null | undefined)[]) {
  const ids = invoices.filter((invoice): invoice is { id: string } => Boolean(invoice)).map((invoice) => invoice.id);
  // Integration tests transmit explicitly, so background work never races a table reset.
  if (ids.length === 0 || process.env.OUTBOX_WORKER === "off") return;
  state.invoiceTransmissions = (state.invoiceTransmissions ?? Promise.resolve()).then(async () => {
    for (const invoiceId of ids) {
      try {
        await transmitInvoice({ invoiceId });
      } catch (error) {
        console.error(`invoice ${invoiceId}: transmission after commit failed`, error);
      }
    }
  });
}
