// Maps a stored invoice (its own snapshot columns of buyer and seller, its lines and, for
// credit notes, the credited invoice) to the document every renderer works from.
import type { InvoiceDocument } from "./invoice-document";
import { isoDateOfColumn } from "./invoice-dates";
import type { BuyerSnapshot } from "./buyer-snapshot";

export interface StoredSeller {
  sellerName: string;
  sellerStreet: string;
  sellerPostalCode: string;
  sellerCity: string;
  sellerCvr: string;
  sellerEmail: string;
  sellerPhone: string;
  sellerBankReg: string;
  sellerBankAccount: string;
  sellerIban: string | null;
  sellerBic: string | null;
}

/** The seller as stored on the invoice at issue, never the programme's current details. */
export interface StoredInvoice extends StoredSeller, BuyerSnapshot {
  kind: "INVOICE" | "CREDIT_NOTE";
  displayNumber: string;
  issueDate: Date;
  dueDate: Date;
  currency: string;
  vatRateBasisPoints: number;
  netOre: number;
  vatOre: number;
  grossOre: number;
  note: string | null;
  lines: { position: number; description: string; quantity: number; unitPriceOre: number; lineNetOre: number }[];
  creditedInvoice: { displayNumber: string; issueDate: Date } | null;
}


export function buildInvoiceDocument({ invoice }: { invoice: StoredInvoice }): InvoiceDocument {
  const seller = invoice;
  if (invoice.currency !== "DKK") throw new Error(`invoice ${invoice.displayNumber}: only DKK is supported`);
  if (invoice.kind === "CREDIT_NOTE" && !invoice.creditedInvoice) throw new Error(`credit note ${invoice.displayNumber} has no credited invoice`);
  return {
    kind: invoice.kind,
    number: invoice.displayNumber,
    issueDate: isoDateOfColumn(invoice.issueDate),
    dueDate: isoDateOfColumn(invoice.dueDate),
    currency: "DKK",
    vatRateBasisPoints: invoice.vatRateBasisPoints,
    netOre: invoice.netOre,
    vatOre: invoice.vatOre,
    grossOre: invoice.grossOre,
    seller: {
      name: seller.sellerName,
      street: seller.sellerStreet,
      postalCode: seller.sellerPostalCode,
      city: seller.sellerCity,
      countryCode: "DK",
      cvr: seller.sellerCvr,
      email: seller.sellerEmail,
      phone: seller.sellerPhone,
      bankReg: seller.sellerBankReg,
      bankAccount: seller.sellerBankAccount,
      iban: seller.sellerIban,
      bic: seller.sellerBic,
    },
    buyer: {
      name: invoice.buyerName,
      street: invoice.buyerStreet,
      postalCode: invoice.buyerPostalCode,
      city: invoice.buyerCity,
      countryCode: "DK",
      cvr: invoice.buyerCvr,
      ean: invoice.buyerEan,
      orderNumber: invoice.buyerOrderNumber,
      personReference: invoice.buyerPersonReference,
      accountingString: invoice.buyerAccountingString,
    },
    lines: [...invoice.lines]
      .sort((a, b) => a.position - b.position)
      .map((l) => ({ position: l.position, description: l.description, quantity: l.quantity, unitPriceOre: l.unitPriceOre, lineNetOre: l.lineNetOre })),
    creditedInvoice: invoice.creditedInvoice
      ? { number: invoice.creditedInvoice.displayNumber, issueDate: isoDateOfColumn(invoice.creditedInvoice.issueDate) }
      : null,
    note: invoice.note,
    // A credit note is settled against the invoice it credits, so the payer sees that number.
    paymentId: invoice.creditedInvoice?.displayNumber ?? invoice.displayNumber,
  };
}

/** The seller columns an invoice stores at issue, picked from the programme's current details. */
export function sellerSnapshot(programme: StoredSeller): StoredSeller {
  return {
    sellerName: programme.sellerName,
    sellerStreet: programme.sellerStreet,
    sellerPostalCode: programme.sellerPostalCode,
    sellerCity: programme.sellerCity,
    sellerCvr: programme.sellerCvr,
    sellerEmail: programme.sellerEmail,
    sellerPhone: programme.sellerPhone,
    sellerBankReg: programme.sellerBankReg,
    sellerBankAccount: programme.sellerBankAccount,
    sellerIban: programme.sellerIban,
    sellerBic: programme.sellerBic,
  };
}
