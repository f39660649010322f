import { describe, expect, it } from "vitest";
import { coveredQuantity, creditNoteAmounts, netInvoicedQuantity, quantityDue, sumAmounts, uncreditedQuantity, type InvoicedDocument } from "../../src/domain/invoice-quantities";
import { amountsFor } from "../../src/domain/pricing";
import { addCalendarDays, invoiceDates } from "../../src/domain/invoice-dates";
import { displayInvoiceNumber, invoiceFileName, isGapless } from "../../src/domain/invoice-numbering";
import { formatAmount } from "../../src/lib/format";

const PRICE = 1_490_000;
const VAT = 2500;
const invoice = (id: string, quantity: number): InvoicedDocument => ({ id, kind: "INVOICE", quantity, creditedInvoiceId: null });
const credit = (id: string, of: string, quantity: number): InvoicedDocument => ({ id, kind: "CREDIT_NOTE", quantity, creditedInvoiceId: of });

describe("invoice amounts for 1 to 40 participants", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("%i participants: 14.900,00 each plus 25 %% moms", (n) => {
    const a = amountsFor({ quantity: n, unitPriceOre: PRICE, vatRateBasisPoints: VAT });
    expect(formatAmount(a.netOre)).toBe(formatAmount(n * 1_490_000));
    expect(a.vatOre).toBe(n * 372_500);
    expect(a.grossOre).toBe(n * 1_862_500);
  });

  it("5 participants show 74.500,00 net, 18.625,00 moms, 93.125,00 total", () => {
    const a = amountsFor({ quantity: 5, unitPriceOre: PRICE, vatRateBasisPoints: VAT });
    expect([formatAmount(a.netOre), formatAmount(a.vatOre), formatAmount(a.grossOre)]).toEqual(["74.500,00", "18.625,00", "93.125,00"]);
  });
});

describe("quantity due (first and supplementary invoices)", () => {
  it("invoices every active participant the first time", () => {
    expect(quantityDue({ activeParticipants: 5, documents: [] })).toBe(5);
  });

  it("invoices nothing more while the invoiced seats cover the participants", () => {
    expect(quantityDue({ activeParticipants: 5, documents: [invoice("a", 5)] })).toBe(0);
  });

  it("invoices only participants added after the first invoice", () => {
    expect(quantityDue({ activeParticipants: 7, documents: [invoice("a", 5)] })).toBe(2);
    expect(quantityDue({ activeParticipants: 8, documents: [invoice("a", 5), invoice("b", 2)] })).toBe(1);
  });

  it("re-invoices a seat that was credited and then filled again", () => {
    const documents = [invoice("a", 5), credit("k1", "a", 1)];
    expect(netInvoicedQuantity(documents)).toBe(4);
    expect(quantityDue({ activeParticipants: 5, documents })).toBe(1);
  });

  it("lets a newcomer take over a charged (uncredited) seat of someone who left", () => {
    // 5 invoiced, one removed after the deadline without credit, one added: 5 active, 5 paid.
    expect(quantityDue({ activeParticipants: 5, documents: [invoice("a", 5)] })).toBe(0);
  });

  it("never goes negative", () => {
    expect(quantityDue({ activeParticipants: 2, documents: [invoice("a", 5)] })).toBe(0);
  });

  it("never invoices a goodwill seat again (the seat stays, free of charge)", () => {
    const goodwill = { ...credit("k1", "a", 1), keepsSeat: true };
    const documents = [invoice("a", 5), goodwill];
    expect(coveredQuantity(documents)).toBe(5);
    expect(netInvoicedQuantity(documents)).toBe(4);
    // The next change (a participant added) invoices only the newcomer, not the goodwill seat.
    expect(quantityDue({ activeParticipants: 5, documents })).toBe(0);
    expect(quantityDue({ activeParticipants: 6, documents })).toBe(1);
  });

  it("re-invoices a seat credited without goodwill, at the next invoice", () => {
    const documents = [invoice("a", 5), { ...credit("k1", "a", 2), keepsSeat: false }];
    expect(quantityDue({ activeParticipants: 5, documents })).toBe(2);
  });

  it("a corrected re-issue after a goodwill credit invoices only the seats still charged", () => {
    // 5 invoiced, 1 as goodwill, the other 4 credited for a correction: 4 are due again.
    const documents = [invoice("a", 5), { ...credit("k1", "a", 1), keepsSeat: true }, credit("k2", "a", 4)];
    expect(uncreditedQuantity({ invoice: documents[0]!, documents })).toBe(0);
    expect(quantityDue({ activeParticipants: 5, documents })).toBe(4);
  });
});

describe("credit notes", () => {
  const original = amountsFor({ quantity: 5, unitPriceOre: PRICE, vatRateBasisPoints: VAT });
  const none = { netOre: 0, vatOre: 0, grossOre: 0 };

  it("a full credit note mirrors the invoice exactly", () => {
    const amounts = creditNoteAmounts({ quantity: 5, remainingQuantity: 5, unitPriceOre: PRICE, vatRateBasisPoints: VAT, invoice: original, alreadyCredited: none });
    expect(amounts).toEqual(original);
  });

  it("partial credit notes add up to the invoice", () => {
    const first = creditNoteAmounts({ quantity: 2, remainingQuantity: 5, unitPriceOre: PRICE, vatRateBasisPoints: VAT, invoice: original, alreadyCredited: none });
    expect(first).toEqual({ netOre: 2_980_000, vatOre: 745_000, grossOre: 3_725_000 });
    const rest = creditNoteAmounts({ quantity: 3, remainingQuantity: 3, unitPriceOre: PRICE, vatRateBasisPoints: VAT, invoice: original, alreadyCredited: first });
    expect(sumAmounts([first, rest])).toEqual(original);
  });

  it("the last credit note absorbs VAT rounding so the notes sum to the invoice to the øre", () => {
    const odd = amountsFor({ quantity: 3, unitPriceOre: 3, vatRateBasisPoints: VAT }); // net 9, VAT 2 (2,25)
    const one = creditNoteAmounts({ quantity: 1, remainingQuantity: 3, unitPriceOre: 3, vatRateBasisPoints: VAT, invoice: odd, alreadyCredited: none }); // VAT 1 (0,75)
    const two = creditNoteAmounts({ quantity: 1, remainingQuantity: 2, unitPriceOre: 3, vatRateBasisPoints: VAT, invoice: odd, alreadyCredited: one });
    const last = creditNoteAmounts({ quantity: 1, remainingQuantity: 1, unitPriceOre: 3, vatRateBasisPoints: VAT, invoice: odd, alreadyCredited: sumAmounts([one, two]) });
    expect(sumAmounts([one, two, last])).toEqual(odd);
    expect(last.vatOre).toBe(0);
  });

  it("never credits more than remains", () => {
    expect(() => creditNoteAmounts({ quantity: 6, remainingQuantity: 5, unitPriceOre: PRICE, vatRateBasisPoints: VAT, invoice: original, alreadyCredited: none })).toThrow(RangeError);
    expect(() => creditNoteAmounts({ quantity: 0, remainingQuantity: 5, unitPriceOre: PRICE, vatRateBasisPoints: VAT, invoice: original, alreadyCredited: none })).toThrow(RangeError);
  });

  it("counts only the credit notes of that invoice", () => {
    const a = invoice("a", 5);
    const documents = [a, invoice("b", 2), credit("k1", "a", 2), credit("k2", "b", 2)];
    expect(uncreditedQuantity({ invoice: a, documents })).toBe(3);
  });
});

describe("invoice dates and numbers", () => {
  it("issue date is the Copenhagen calendar date, due date adds the payment terms", () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(invoiceDates({ now: new Date("2026-12-31T23:30:00Z"), paymentTermsDays: 30 })).toEqual({ issueDate: "2027-01-01", dueDate: "2027-01-31" });
    expect(addCalendarDays("2027-03-20", 30)).toBe("2027-04-19"); // across the DST change
  });

  it("formats numbers and file names", () => {
    expect(displayInvoiceNumber("K2030", "F", 1)).toBe("K2030-F-0001");
    expect(invoiceFileName({ kind: "INVOICE", number: "K2030-F-0001", extension: "pdf" })).toBe("faktura-K2030-F-0001.pdf");
    expect(invoiceFileName({ kind: "CREDIT_NOTE", number: "K2030-K-0002", extension: "peppol.xml" })).toBe("kreditnota-K2030-K-0002.peppol.xml");
    expect(isGapless([3, 1, 2])).toBe(true);
    expect(isGapless([1, 3])).toBe(false);
    expect(isGapless([1, 1, 2])).toBe(false);
  });
});
