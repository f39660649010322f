import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { InvoiceDocument } from "../../src/domain/invoice-document";
import { formatOre, renderPeppolUbl } from "../../src/server/invoicing/peppol-ubl";
import { buyer, makeCreditNote, makeInvoice, seller } from "../support/invoice-fixtures";
import {
  PEPPOL_SCHEMATRON_DIR,
  type SchematronFailure,
  validatePeppol,
} from "../support/peppol-validate";

// Each validation runs ~1000 XPath assertions; the first call also compiles both
// schematrons.
const TIMEOUT = 60_000;

async function fatalFailures(xml: string, label: string): Promise<SchematronFailure[]> {
  const { failed } = await validatePeppol(xml);
  const warnings = failed.filter((f) => f.flag !== "fatal");
  if (warnings.length > 0) {
    console.warn(`${label}: ${warnings.length} warning(s)\n${warnings.map((w) => `  ${w.id} ${w.text}`).join("\n")}`);
  }
  return failed.filter((f) => f.flag === "fatal");
}

const cases: [string, InvoiceDocument][] = [
  ["5-seat invoice with accounting string, domestic account", makeInvoice(5)],
  [
    "1-seat invoice without accounting string",
    makeInvoice(1, {
      number: "K2030-0002",
      paymentId: "K2030-0002",
      buyer: { ...buyer, accountingString: null },
      note: null,
    }),
  ],
  [
    "invoice with IBAN and BIC",
    makeInvoice(3, {
      seller: { ...seller, iban: "DK50 0040 0440 1162 43", bic: "NDEADKKK" },
    }),
  ],
  ["invoice with IBAN, no BIC", makeInvoice(2, { seller: { ...seller, iban: "DK5000400440116243" } })],
  ["full credit note", makeCreditNote(5)],
  ["partial credit note", makeCreditNote(2, { number: "K2030-K-0002" })],
  [
    "credit note without accounting string",
    makeCreditNote(1, { buyer: { ...buyer, accountingString: "" } }),
  ],
];

describe("Peppol BIS Billing 3.0 schematron validation", () => {
  it(
    "the harness accepts the official base-example.xml",
    async () => {
      const xml = readFileSync(path.join(PEPPOL_SCHEMATRON_DIR, "base-example.xml"), "utf8");
      expect(await fatalFailures(xml, "base-example.xml")).toEqual([]);
    },
    TIMEOUT,
  );

  it.each(cases)(
    "%s passes CEN-EN16931-UBL and PEPPOL-EN16931-UBL",
    async (label, doc) => {
      const xml = renderPeppolUbl(doc);
      expect(await fatalFailures(xml, label)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "catches broken documents, so a pass is not vacuous",
    async () => {
      const good = renderPeppolUbl(makeInvoice(5));

      const noReferences = good
        .replace(/<cbc:BuyerReference>[^<]*<\/cbc:BuyerReference>\n/, "")
        .replace(/<cac:OrderReference>.*<\/cac:OrderReference>\n/, "");
      expect((await fatalFailures(noReferences, "broken")).map((f) => f.id)).toContain(
        "PEPPOL-EN16931-R003",
      );

      const wrongTotal = good.replace(
        '<cbc:PayableAmount currencyID="DKK">93125.00',
        '<cbc:PayableAmount currencyID="DKK">93126.00',
      );
      expect((await fatalFailures(wrongTotal, "broken")).map((f) => f.id)).toContain("BR-CO-16");

      const wrongVat = good.replace(
        /<cbc:TaxAmount currencyID="DKK">18625.00<\/cbc:TaxAmount>/g,
        '<cbc:TaxAmount currencyID="DKK">18000.00</cbc:TaxAmount>',
      );
      const vatIds = (await fatalFailures(wrongVat, "broken")).map((f) => f.id);
      expect(vatIds).toContain("BR-S-09");
      expect(vatIds).toContain("BR-CO-15");

      // The GS1 check digit runs through the re-implemented u:gln() helper.
      const badEan = good.replace(/5798000416604/g, "5798000416605");
      expect((await fatalFailures(badEan, "broken")).map((f) => f.id)).toContain(
        "PEPPOL-COMMON-R040",
      );

      // DK-R-006: domestic account payment needs both account and reg.nr.
      const noReg = good.replace(
        /<cac:FinancialInstitutionBranch>.*?<\/cac:FinancialInstitutionBranch>/,
        "",
      );
      expect((await fatalFailures(noReg, "broken")).map((f) => f.id)).toContain("DK-R-006");
    },
    TIMEOUT,
  );

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
