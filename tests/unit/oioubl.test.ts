import { describe, expect, it } from "vitest";
import { Schema } from "node-schematron";
import { renderOioubl } from "../../src/server/invoicing/oioubl";
import { buyer, makeCreditNote, makeInvoice, seller } from "../support/invoice-fixtures";

// The structural rules of the OIOUBL 2.01 Procurement-BilSim-1.0 profile that a
// public buyer's NemHandel inbox enforces, plus arithmetic consistency. Expressed
// as Schematron so each rule reads like the spec and failures name the rule.
const RULES = `<schema xmlns="http://purl.oclc.org/dsdl/schematron">
  <ns prefix="cbc" uri="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"/>
  <ns prefix="cac" uri="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"/>
  <ns prefix="inv" uri="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>
  <ns prefix="cn" uri="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/>
  <pattern>
    <rule context="/inv:Invoice | /cn:CreditNote">
      <assert id="UBL-VERSION" test="cbc:UBLVersionID = '2.0'">UBLVersionID must be 2.0</assert>
      <assert id="CUSTOMIZATION" test="cbc:CustomizationID = 'OIOUBL-2.01'">CustomizationID must be OIOUBL-2.01</assert>
      <assert id="PROFILE" test="cbc:ProfileID = 'Procurement-BilSim-1.0' and cbc:ProfileID/@schemeID = 'urn:oioubl:id:profileid-1.1' and cbc:ProfileID/@schemeAgencyID = '320'">ProfileID must be Procurement-BilSim-1.0 (profileid-1.1, agency 320)</assert>
      <assert id="ID" test="normalize-space(cbc:ID) != ''">Document ID required</assert>
      <assert id="UUID" test="matches(cbc:UUID, '^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')">UUID must be an RFC 4122 UUID</assert>
      <assert id="ORDER-REF" test="count(cac:OrderReference) = 1 and normalize-space(cac:OrderReference/cbc:ID) != ''">Exactly one non-empty OrderReference/ID</assert>
      <assert id="BUYER-CONTACT" test="count(cac:AccountingCustomerParty/cac:Party/cac:Contact) = 1 and normalize-space(cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ID) != ''">Exactly one buyer Contact, with non-empty ID (personreference)</assert>
      <assert id="BUYER-EAN" test="cac:AccountingCustomerParty/cac:Party/cbc:EndpointID[@schemeID = 'GLN' and @schemeAgencyID = '9' and matches(., '^[0-9]{13}$')]">Buyer EndpointID must be a 13-digit GLN (schemeAgencyID 9)</assert>
      <assert id="BUYER-LEGAL" test="matches(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID[@schemeID = 'DK:CVR'], '^DK[0-9]{8}$') and cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID">Buyer PartyIdentification and PartyLegalEntity with DK:CVR</assert>
      <assert id="SELLER-CVR" test="matches(cac:AccountingSupplierParty/cac:Party/cbc:EndpointID[@schemeID = 'DK:CVR'], '^DK[0-9]{8}$') and matches(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID[@schemeID = 'DK:CVR'], '^DK[0-9]{8}$')">Seller CVR as DK + 8 digits, schemeID DK:CVR</assert>
      <assert id="TAX-CATEGORY" test="every $c in (.//cac:TaxCategory | .//cac:ClassifiedTaxCategory) satisfies ($c/cbc:ID = 'StandardRated' and $c/cbc:Percent = 25 and $c/cac:TaxScheme/cbc:ID = '63')">All tax categories StandardRated 25 % in tax scheme 63</assert>
      <assert id="SUM-LINES" test="xs:decimal(cac:LegalMonetaryTotal/cbc:LineExtensionAmount) = sum((cac:InvoiceLine | cac:CreditNoteLine)/cbc:LineExtensionAmount/xs:decimal(.))">LineExtensionAmount = sum of lines</assert>
      <assert id="SUM-TAX" test="xs:decimal(cac:TaxTotal/cbc:TaxAmount) = sum((cac:InvoiceLine | cac:CreditNoteLine)/cac:TaxTotal/cbc:TaxAmount/xs:decimal(.)) and xs:decimal(cac:TaxTotal/cbc:TaxAmount) = xs:decimal(cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount)">Document VAT = sum of line VAT = subtotal VAT</assert>
      <assert id="VAT-RATE" test="xs:decimal(cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount) = round(xs:decimal(cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount) * 0.25, 2)">VAT = 25 % of taxable amount</assert>
      <assert id="TAX-EXCL" test="xs:decimal(cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount) = xs:decimal(cac:TaxTotal/cbc:TaxAmount)">OIOUBL TaxExclusiveAmount carries the VAT total</assert>
      <assert id="GROSS" test="xs:decimal(cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount) = xs:decimal(cac:LegalMonetaryTotal/cbc:LineExtensionAmount) + xs:decimal(cac:TaxTotal/cbc:TaxAmount) and xs:decimal(cac:LegalMonetaryTotal/cbc:PayableAmount) = xs:decimal(cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount)">Gross = net + VAT = payable</assert>
      <assert id="AMOUNT-FORMAT" test="every $a in .//*[@currencyID] satisfies (matches($a, '^-?[0-9]+\\.[0-9]{2}$') and $a/@currencyID = 'DKK')">Amounts have exactly two decimals, in DKK</assert>
    </rule>
    <rule context="cac:InvoiceLine | cac:CreditNoteLine">
      <assert id="LINE-AMOUNT" test="xs:decimal(cbc:LineExtensionAmount) = xs:decimal(cbc:InvoicedQuantity | cbc:CreditedQuantity) * xs:decimal(cac:Price/cbc:PriceAmount)">Line amount = quantity × price</assert>
      <assert id="LINE-UNIT" test="(cbc:InvoicedQuantity | cbc:CreditedQuantity)/@unitCode != ''">Quantity needs a unitCode</assert>
    </rule>
  </pattern>
  <pattern>
    <rule context="/inv:Invoice">
      <assert id="TYPE-CODE" test="cbc:InvoiceTypeCode = '380' and cbc:InvoiceTypeCode/@listID = 'urn:oioubl:codelist:invoicetypecode-1.1'">InvoiceTypeCode 380 (invoicetypecode-1.1)</assert>
      <assert id="PAYMENT" test="cac:PaymentMeans/cbc:PaymentMeansCode = '42' and matches(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID, '^[0-9]{1,10}$') and matches(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID, '^[0-9]{4}$') and cac:PaymentMeans/cbc:PaymentDueDate">PaymentMeans 42 with account (max 10 digits), reg.nr. (4 digits) and due date</assert>
    </rule>
    <rule context="/cn:CreditNote">
      <assert id="CREDITED-INVOICE" test="normalize-space(cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID) != ''">Credit note must reference the credited invoice</assert>
      <assert id="CREDIT-POSITIVE" test="xs:decimal(cac:LegalMonetaryTotal/cbc:PayableAmount) &gt; 0">Credit note amounts are positive</assert>
    </rule>
  </pattern>
</schema>`;

const schema = Schema.fromString(RULES);

function violations(xml: string): string[] {
  return schema.validateString(xml, {}).map((r) => `${r.assertId}: ${r.message?.trim()}`);
}

describe("renderOioubl", () => {
  it("renders a 5-seat invoice that satisfies the simple-profile rules", () => {
    const xml = renderOioubl(makeInvoice(5));
    expect(violations(xml)).toEqual([]);
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
    expect(violations(xml)).toEqual([]);
    expect(xml).not.toContain("AccountingCost");
    expect(xml).toContain('<cbc:PayableAmount currencyID="DKK">18625.00</cbc:PayableAmount>');
  });

  it("renders full and partial credit notes with positive amounts", () => {
    for (const seats of [5, 2]) {
      const xml = renderOioubl(makeCreditNote(seats));
      expect(violations(xml)).toEqual([]);
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
    expect(violations(xml).filter((v) => !v.startsWith("VAT-RATE"))).toEqual([]);
    expect(xml).toContain('<cbc:TaxAmount currencyID="DKK">2.51</cbc:TaxAmount>');
  });

  it("the rules catch broken documents (no vacuous pass)", () => {
    const good = renderOioubl(makeInvoice(5));
    const noContact = good.replace("<cac:Contact><cbc:ID>SØRJ</cbc:ID></cac:Contact>", "");
    expect(violations(noContact).join("\n")).toContain("BUYER-CONTACT");
    const twoContacts = good.replace(
      "<cac:Contact><cbc:ID>SØRJ</cbc:ID></cac:Contact>",
      "<cac:Contact><cbc:ID>SØRJ</cbc:ID></cac:Contact><cac:Contact><cbc:ID>X</cbc:ID></cac:Contact>",
    );
    expect(violations(twoContacts).join("\n")).toContain("BUYER-CONTACT");
    const emptyOrder = good.replace("<cbc:ID>PO-2026-4711</cbc:ID>", "<cbc:ID> </cbc:ID>");
    expect(violations(emptyOrder).join("\n")).toContain("ORDER-REF");
    const badTotal = good.replace(
      '<cbc:PayableAmount currencyID="DKK">93125.00',
      '<cbc:PayableAmount currencyID="DKK">93125.01',
    );
    expect(violations(badTotal).join("\n")).toContain("GROSS");
    const badEan = good.replace(/schemeID="GLN">5798000416604/, 'schemeID="GLN">57980004');
    expect(violations(badEan).join("\n")).toContain("BUYER-EAN");
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
