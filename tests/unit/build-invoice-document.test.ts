import { describe, expect, it } from "vitest";
import { buildInvoiceDocument, type StoredInvoice, type StoredSeller } from "../../src/domain/build-invoice-document";
import { renderPeppolUbl } from "../../src/server/invoices/render/peppol-ubl";

const seller: StoredSeller = {
  sellerName: "Komponent",
  sellerStreet: "Weidekampsgade 10",
  sellerPostalCode: "2300",
  sellerCity: "København S",
  sellerCvr: "29189846",
  sellerEmail: "k@example.dk",
  sellerPhone: "33703500",
  sellerBankReg: "1551",
  sellerBankAccount: "0012345678",
  sellerIban: null,
  sellerBic: null,
};

const invoice: StoredInvoice = {
  ...seller,
  kind: "INVOICE",
  displayNumber: "K2030-F-0007",
  issueDate: new Date("2027-01-01T00:00:00Z"),
  dueDate: new Date("2027-01-31T00:00:00Z"),
  currency: "DKK",
  vatRateBasisPoints: 2500,
  netOre: 2_980_000,
  vatOre: 745_000,
  grossOre: 3_725_000,
  note: "Hold 1 – Kolding",
  buyerName: "Aarhus Kommune",
  buyerStreet: "Rådhuspladsen 2",
  buyerPostalCode: "8000",
  buyerCity: "Aarhus C",
  buyerEan: "5798000000018",
  buyerCvr: "55133018",
  buyerOrderNumber: "PO-1",
  buyerPersonReference: "ANNE",
  buyerAccountingString: null,
  lines: [{ position: 1, description: "Deltagelse", quantity: 2, unitPriceOre: 1_490_000, lineNetOre: 2_980_000 }],
  creditedInvoice: null,
};

describe("buildInvoiceDocument", () => {
  it("maps the stored snapshot to the document the renderers use", () => {
    const doc = buildInvoiceDocument({ invoice });
    expect(doc).toMatchObject({ kind: "INVOICE", number: "K2030-F-0007", issueDate: "2027-01-01", dueDate: "2027-01-31", paymentId: "K2030-F-0007", creditedInvoice: null });
    expect(doc.buyer).toMatchObject({ ean: "5798000000018", cvr: "55133018", countryCode: "DK", orderNumber: "PO-1", personReference: "ANNE" });
    expect(doc.seller).toMatchObject({ cvr: "29189846", bankReg: "1551", countryCode: "DK" });
    expect(renderPeppolUbl(doc)).toContain("<cbc:DueDate>2027-01-31</cbc:DueDate>");
  });

  it("refers a credit note to the invoice it credits, also as payment reference", () => {
    const doc = buildInvoiceDocument({
      invoice: { ...invoice, kind: "CREDIT_NOTE", displayNumber: "K2030-K-0001", creditedInvoice: { displayNumber: "K2030-F-0007", issueDate: new Date("2027-01-01T00:00:00Z") } },
    });
    expect(doc.creditedInvoice).toEqual({ number: "K2030-F-0007", issueDate: "2027-01-01" });
    expect(doc.paymentId).toBe("K2030-F-0007");
  });

  it("reads the seller from the invoice's own snapshot", () => {
    const doc = buildInvoiceDocument({ invoice: { ...invoice, sellerName: "Komponent (da fakturaen blev udstedt)", sellerBankAccount: "0000000001" } });
    expect(doc.seller).toMatchObject({ name: "Komponent (da fakturaen blev udstedt)", bankAccount: "0000000001" });
  });

  it("refuses a credit note without its invoice", () => {
    expect(() => buildInvoiceDocument({ invoice: { ...invoice, kind: "CREDIT_NOTE" } })).toThrow(/credited invoice/);
  });
});
