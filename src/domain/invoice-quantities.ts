// How many seats a direction owes for, and how much of an invoice may still be credited.
// Invoices and credit notes are immutable, so "already invoiced" is always derived from
// the documents themselves, never from a counter that could drift.
import { amountsFor, type Amounts } from "./pricing";

export interface InvoicedDocument {
  id: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  /** Seats on the document: the sum of its line quantities. */
  quantity: number;
  /** For credit notes: the invoice it credits. */
  creditedInvoiceId: string | null;
  /** For credit notes: a goodwill credit, whose seats stay with the direction free of charge. */
  keepsSeat?: boolean;
}

/** Seats invoiced to the direction, net of every credit note. */
export function netInvoicedQuantity(documents: InvoicedDocument[]): number {
  return documents.reduce((sum, d) => sum + (d.kind === "INVOICE" ? d.quantity : -d.quantity), 0);
}

/**
 * Seats the direction's documents account for: invoiced seats net of credit notes, except
 * that a goodwill credit (keepsSeat) still accounts for its seats. They were given free of
 * charge, not given back.
 */
export function coveredQuantity(documents: InvoicedDocument[]): number {
  return documents.reduce((sum, d) => sum + (d.kind === "INVOICE" ? d.quantity : d.keepsSeat ? 0 : -d.quantity), 0);
}

/**
 * Seats to put on the next invoice. A participant removed after the free-cancellation
 * deadline stays invoiced (not credited), so a later addition takes over that paid seat
 * rather than being invoiced again; a seat credited as goodwill is never invoiced again.
 */
export function quantityDue(input: { activeParticipants: number; documents: InvoicedDocument[] }): number {
  return Math.max(0, input.activeParticipants - coveredQuantity(input.documents));
}

/** Seats of one invoice not yet covered by credit notes. */
export function uncreditedQuantity(input: { invoice: InvoicedDocument; documents: InvoicedDocument[] }): number {
  const credited = input.documents
    .filter((d) => d.kind === "CREDIT_NOTE" && d.creditedInvoiceId === input.invoice.id)
    .reduce((sum, d) => sum + d.quantity, 0);
  return input.invoice.quantity - credited;
}

/**
 * Amounts of a credit note for `quantity` seats. Crediting the whole remainder takes the
 * invoice's own amounts minus what earlier credit notes took, so the credit notes always
 * add up to the invoice to the øre even if per-note VAT rounding would differ.
 */
export function creditNoteAmounts(input: {
  quantity: number;
  remainingQuantity: number;
  unitPriceOre: number;
  vatRateBasisPoints: number;
  invoice: Amounts;
  alreadyCredited: Amounts;
}): Amounts {
  if (!Number.isSafeInteger(input.quantity) || input.quantity < 1) throw new RangeError("a credit note covers at least one seat");
  if (input.quantity > input.remainingQuantity) throw new RangeError("cannot credit more than remains uncredited");
  if (input.quantity < input.remainingQuantity) {
    return amountsFor({ quantity: input.quantity, unitPriceOre: input.unitPriceOre, vatRateBasisPoints: input.vatRateBasisPoints });
  }
  const netOre = input.invoice.netOre - input.alreadyCredited.netOre;
  const vatOre = input.invoice.vatOre - input.alreadyCredited.vatOre;
  return { netOre, vatOre, grossOre: netOre + vatOre };
}

export function sumAmounts(amounts: Amounts[]): Amounts {
  return amounts.reduce(
    (sum, a) => ({ netOre: sum.netOre + a.netOre, vatOre: sum.vatOre + a.vatOre, grossOre: sum.grossOre + a.grossOre }),
    { netOre: 0, vatOre: 0, grossOre: 0 },
  );
}

/** An invoice not yet credited in full: what cancelling or correcting a direction credits. */
export function isUncreditedInvoice(invoice: { kind: string; status: string }): boolean {
  return invoice.kind === "INVOICE" && invoice.status !== "CREDITED";
}
