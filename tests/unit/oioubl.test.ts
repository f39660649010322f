import { describe, expect, it } from "vitest";
import { renderOioubl } from "../../src/server/invoices/render/oioubl";
import { buyer, makeCreditNote, makeInvoice, seller } from "../support/invoice-fixtures";

// What the OIOUBL renderer writes; that it passes the official OIOUBL 2.1 schematron is
// tests/unit/einvoice-official-rules.test.ts.
describe("renderOioubl", () => {
  it("renders a 5-seat invoice with the buyer's EAN, personreference, order number and totals", () => {
    const xml = renderOioubl(makeInvoice(5));
    expect(xml).toContain(
      '<cbc:EndpointID schemeAgencyID="9" schemeID="GLN">5798000416604</cbc:EndpointID>',
    );
    expect(xml).toContain("<cac:Contact><cbc:ID>SØRJ</cbc:ID></cac:Contact>");
    expect(xml).toContain("<cac:OrderReference><cbc:ID>PO-2026-4711</cbc:ID></cac:OrderReference>");
    expect(xml).toContain('<cbc:EndpointID schemeID="DK:CVR">DK12345678</cbc:EndpointID>');
    expect(xml).toContain('<cbc:PayableAmount currencyID="DKK">93125.00</cbc:PayableAmount>');
    expect(xml).toContain('<cbc:TaxExclusiveAmount currencyID="DKK">18625.00</cbc:TaxExclusiveAmount>');
    expect(xml).toContain("<cbc:AccountingCost>1.2.3-4567 / Lederudvikling</cbc:AccountingCost>");
    // "&" in the note must be escaped, Danish letters kept as UTF-8.
    expect(xml).toContain("Søren Øster &amp; Co.");
  });

  it("renders a 1-seat invoice without accounting string", () => {
    const xml = renderOioubl(
      makeInvoice(1, { buyer: { ...buyer, accountingString: null }, note: null }),
    );
    expect(xml).not.toContain("AccountingCost");
    expect(xml).toContain('<cbc:PayableAmount currencyID="DKK">18625.00</cbc:PayableAmount>');
  });

  it("renders full and partial credit notes with positive amounts", () => {
    for (const seats of [5, 2]) {
      const xml = renderOioubl(makeCreditNote(seats));
        expect(xml).toMatch(/^<\?xml[^>]*>\n<CreditNote /);
      expect(xml).toContain("<cbc:CreditedQuantity");
      expect(xml).not.toContain("PaymentMeans");
    }
  });

  it("is deterministic", () => {
    expect(renderOioubl(makeInvoice(3))).toBe(renderOioubl(makeInvoice(3)));
  });

  it("splits VAT over several lines without losing an øre", () => {
    const lines = [
      { position: 1, description: "Plads A", quantity: 1, unitPriceOre: 1_001, lineNetOre: 1_001 },
      { position: 2, description: "Plads B", quantity: 1, unitPriceOre: 1_001, lineNetOre: 1_001 },
    ];
    // 2002 øre × 25 % = 500.5 -> 501 on the document; lines round to 250 + 250.
    const xml = renderOioubl(
      makeInvoice(1, { lines, netOre: 2_002, vatOre: 501, grossOre: 2_503 }),
    );
    expect(xml).toContain('<cbc:TaxAmount currencyID="DKK">2.51</cbc:TaxAmount>');
  });

  it("refuses documents the profile cannot carry", () => {
    expect(() =>
      renderOioubl(makeInvoice(1, { buyer: { ...buyer, personReference: " " } })),
    ).toThrow(/personreference/);
    expect(() => renderOioubl(makeInvoice(1, { buyer: { ...buyer, orderNumber: "" } }))).toThrow(
      /order number/,
    );
    expect(() => renderOioubl(makeInvoice(2, { netOre: 1 }))).toThrow();
    expect(() => renderOioubl(makeCreditNote(1, { creditedInvoice: null }))).toThrow(/credited/);
  });

  it("uses the seller's reg.nr. and account number", () => {
    const xml = renderOioubl(makeInvoice(1));
    expect(xml).toContain(
      `<cac:PayeeFinancialAccount><cbc:ID>${seller.bankAccount}</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>${seller.bankReg}</cbc:ID>`,
    );
  });
});
