import "server-only";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { creditInvoice } from "@/server/invoices/credit-invoice";
import { kickTransmissions } from "@/server/invoices/transmission-worker";

/**
 * Issues a credit note for all or part of an invoice, queued for transmission in the same
 * transaction. Staff always say whether the seats stay with the direction as goodwill
 * (`keepsSeat`: never invoiced again) or are to be invoiced again at the next invoice.
 */
export async function creditInvoiceManually({ actor, invoiceId, quantity, reason, keepsSeat }: { actor: Actor | null; invoiceId: string; quantity?: number; reason: string; keepsSeat: boolean }) {
  assertStaff(actor);
  const note = await creditInvoice({ invoiceId, quantity, reason, keepsSeat, actor });
  kickTransmissions();
  return note;
}
