import { describe, expect, it } from "vitest";
import { renderPeppolUbl } from "../../src/server/invoices/render/peppol-ubl";
import { formatOre } from "../../src/server/invoices/render/ubl-writer";
import { buyer, makeCreditNote, makeInvoice, seller } from "../support/invoice-fixtures";

// What the Peppol BIS 3 renderer writes; that it passes the official rules is
// tests/unit/einvoice-official-rules.test.ts.
describe("renderPeppolUbl", () => {
  it("renders the expected key values", () => {
    const xml = renderPeppolUbl(makeInvoice(5));
    expect(xml).toContain('<cbc:TaxExclusiveAmount currencyID="DKK">74500.00</cbc:TaxExclusiveAmount>');
    expect(xml).toContain('<cbc:TaxAmount currencyID="DKK">18625.00</cbc:TaxAmount>');
    expect(xml).toContain('<cbc:PayableAmount currencyID="DKK">93125.00</cbc:PayableAmount>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0088">5798000416604</cbc:EndpointID>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0184">12345678</cbc:EndpointID>');
    expect(xml).toContain("<cbc:CompanyID>DK12345678</cbc:CompanyID>");
    expect(xml).toContain("<cbc:BuyerReference>SØRJ</cbc:BuyerReference>");
    expect(xml).toContain("<cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>");
    expect(xml).toContain("<cbc:PaymentID>K2030-0001</cbc:PaymentID>");

    const iban = renderPeppolUbl(
      makeInvoice(1, { seller: { ...seller, iban: "DK50 0040 0440 1162 43", bic: "NDEADKKK" } }),
    );
    expect(iban).toContain("<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>");
    expect(iban).toContain("<cbc:ID>DK5000400440116243</cbc:ID>");

    const credit = renderPeppolUbl(makeCreditNote(2));
    expect(credit).toContain("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>");
    expect(credit).toContain(
      "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>K2030-0001</cbc:ID>",
    );
    expect(credit).toContain('<cbc:PayableAmount currencyID="DKK">37250.00</cbc:PayableAmount>');
    expect(credit).not.toMatch(/currencyID="DKK">-/);
  });

  it("formats øre with exactly two decimals using integer arithmetic", () => {
    expect(formatOre(0)).toBe("0.00");
    expect(formatOre(5)).toBe("0.05");
    expect(formatOre(1_490_000)).toBe("14900.00");
    expect(formatOre(9_312_501)).toBe("93125.01");
    expect(formatOre(-250)).toBe("-2.50");
    expect(() => formatOre(1.5)).toThrow();
  });

  it("escapes XML special characters", () => {
    const xml = renderPeppolUbl(
      makeInvoice(1, { buyer: { ...buyer, personReference: `A&B <"x'>` } }),
    );
    expect(xml).toContain("<cbc:BuyerReference>A&amp;B &lt;&quot;x&apos;&gt;</cbc:BuyerReference>");
  });
});
