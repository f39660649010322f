import "server-only";
import { actorOf } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { creditInvoice } from "@/server/invoicing/credit-invoice";
import { transmitInvoice } from "@/server/invoicing/transmit-invoice";
import type { CurrentUser } from "@/server/auth/session";

/**
 * Issues a credit note for all or part of an invoice and transmits it after commit. Staff
 * always say whether the seats stay with the direction as goodwill (`keepsSeat`: never
 * invoiced again) or are to be invoiced again at the next invoice.
 */
export async function creditInvoiceManually({ actor, invoiceId, quantity, reason, keepsSeat }: { actor: CurrentUser | null; invoiceId: string; quantity?: number; reason: string; keepsSeat: boolean }) {
  assertStaff(actor);
  const note = await creditInvoice({ invoiceId, quantity, reason, keepsSeat, actor: actorOf(actor) });
  try {
    await transmitInvoice({ invoiceId: note.id, actor: actorOf(actor) });
  } catch (error) {
    // The credit note stands; staff can resend it from the invoice list.
    console.error(`credit note ${note.id}: transmission failed`, error);
  }
  return note;
}
