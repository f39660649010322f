// The complete, self-contained content of one issued invoice or credit note.
// Every renderer (PDF, Peppol BIS 3 UBL, OIOUBL) works from this snapshot alone,
// so a document can be re-rendered years later exactly as it was issued.

export type InvoiceDocumentKind = "INVOICE" | "CREDIT_NOTE";

export interface InvoiceParty {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, always "DK" here. */
  countryCode: string;
  /** 8 digits, no "DK" prefix. */
  cvr: string;
}

export interface InvoiceSeller extends InvoiceParty {
  email: string;
  phone: string;
  bankReg: string;
  bankAccount: string;
  iban?: string | null;
  bic?: string | null;
}

export interface InvoiceBuyer extends InvoiceParty {
  /** 13-digit EAN/GLN, Peppol scheme 0088. */
  ean: string;
  orderNumber: string;
  personReference: string;
  accountingString?: string | null;
}

export interface InvoiceDocumentLine {
  position: number;
  description: string;
  quantity: number;
  unitPriceOre: number;
  lineNetOre: number;
}

export interface InvoiceDocument {
  kind: InvoiceDocumentKind;
  /** e.g. "K2030-0001" for invoices, "K2030-K-0001" for credit notes. */
  number: string;
  /** YYYY-MM-DD in Europe/Copenhagen. */
  issueDate: string;
  dueDate: string;
  currency: "DKK";
  vatRateBasisPoints: number;
  netOre: number;
  vatOre: number;
  grossOre: number;
  seller: InvoiceSeller;
  buyer: InvoiceBuyer;
  lines: InvoiceDocumentLine[];
  /** For credit notes: the invoice being credited. */
  creditedInvoice?: { number: string; issueDate: string } | null;
  /** Free text shown on the document (cohort, dates). */
  note?: string | null;
  /** Payment reference shown to the payer (the invoice number). */
  paymentId: string;
}
