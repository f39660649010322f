import "server-only";
import type { Tx } from "@/server/db";
import type { LoadedInvoice } from "@/server/invoicing/load-invoice-document";

/**
 * One way an issued invoice or credit note reaches the buyer. transmitInvoice runs every
 * configured channel in one transaction that also marks the invoice SENT: a channel that
 * throws rolls the whole transmission back, so it can simply be retried.
 */
export interface InvoiceChannel {
  readonly name: string;
  /** A forced resend always repeats the e-mail, but the e-invoice only when asked: an access point may book it twice. */
  readonly kind: "email" | "e-invoice";
  deliver(input: { tx: Tx; loaded: LoadedInvoice }): Promise<void>;
}
