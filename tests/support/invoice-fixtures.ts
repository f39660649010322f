// InvoiceDocument snapshots shared by the renderer tests.

import type {
  InvoiceDocument,
  InvoiceDocumentLine,
  InvoiceSeller,
  InvoiceBuyer,
} from "../../src/domain/invoice-document";

export const SEAT_PRICE_ORE = 1_490_000; // 14.900,00 kr. ekskl. moms

export const seller: InvoiceSeller = {
  name: "Kommunestyret 2030 ApS",
  street: "Åboulevarden 12, 2. sal",
  postalCode: "8000",
  city: "Aarhus C",
  countryCode: "DK",
  cvr: "12345678",
  email: "faktura@kommunestyret2030.dk",
  phone: "+45 70 20 30 30",
  bankReg: "1234",
  bankAccount: "0001234567",
};

export const buyer: InvoiceBuyer = {
  name: "Ærø Kommune",
  street: "Statene 2",
  postalCode: "5970",
  city: "Ærøskøbing",
  countryCode: "DK",
  cvr: "29189420",
  // A valid GS1 check digit: the Peppol schematron verifies it.
  ean: "5798000416604",
  orderNumber: "PO-2026-4711",
  personReference: "SØRJ",
  accountingString: "1.2.3-4567 / Lederudvikling",
};

function seatLine(position: number, quantity: number, description: string): InvoiceDocumentLine {
  return {
    position,
    description,
    quantity,
    unitPriceOre: SEAT_PRICE_ORE,
    lineNetOre: quantity * SEAT_PRICE_ORE,
  };
}

function totals(lines: InvoiceDocumentLine[]) {
  const netOre = lines.reduce((s, l) => s + l.lineNetOre, 0);
  // 25 % of whole øre amounts; fine for fixtures (the app computes the real VAT).
  const vatOre = Math.round((netOre * 2500) / 10_000);
  return { netOre, vatOre, grossOre: netOre + vatOre };
}

export function makeInvoice(
  participants: number,
  overrides: Partial<InvoiceDocument> = {},
): InvoiceDocument {
  const lines = [
    seatLine(1, participants, "Kommunestyret 2030 – lederforløb, hold forår 2027 (deltagerpladser)"),
  ];
  return {
    kind: "INVOICE",
    number: "K2030-0001",
    issueDate: "2026-11-26",
    dueDate: "2026-12-26",
    currency: "DKK",
    vatRateBasisPoints: 2500,
    ...totals(lines),
    seller,
    buyer,
    lines,
    creditedInvoice: null,
    note: "Hold forår 2027: 3. marts – 9. juni 2027. Deltagere: Anne Ærenfeldt, Søren Øster & Co.",
    paymentId: "K2030-0001",
    ...overrides,
  };
}

export function makeCreditNote(
  creditedParticipants: number,
  overrides: Partial<InvoiceDocument> = {},
): InvoiceDocument {
  const lines = [
    seatLine(1, creditedParticipants, "Kreditering af deltagerpladser, Kommunestyret 2030 hold forår 2027"),
  ];
  return {
    kind: "CREDIT_NOTE",
    number: "K2030-K-0001",
    issueDate: "2026-12-02",
    dueDate: "2026-12-02",
    currency: "DKK",
    vatRateBasisPoints: 2500,
    ...totals(lines),
    seller,
    buyer,
    lines,
    creditedInvoice: { number: "K2030-0001", issueDate: "2026-11-26" },
    note: null,
    paymentId: "K2030-0001",
    ...overrides,
  };
}
