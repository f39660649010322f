import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { InvoiceDocument } from "../../src/domain/invoice-document";
import { renderOioubl } from "../../src/server/invoices/render/oioubl";
import { renderPeppolUbl } from "../../src/server/invoices/render/peppol-ubl";
import { buyer, makeCreditNote, makeInvoice, seller } from "../support/invoice-fixtures";
import { describeFailures, EINVOICE_RULES_DIR, RULES_TIMEOUT_MS, validateEInvoices, type Validated } from "../support/einvoice-rules";

// Every document the renderers can produce, in both formats, through the official rules
// (Saxon-HE): Peppol 2026.5 CEN + PEPPOL with zero fatal asserts, OIOUBL 2.1 schematron 1.17.2
// with zero failed asserts. All in one batch: a Saxon run costs seconds.
const LONG_SELLER = "Komponent – Kommunernes Udviklingscenter for Ledelse, Styring og Organisation i Offentlig Sektor ApS";

const cases: [string, InvoiceDocument][] = [
  ["1-seat invoice without accounting string", makeInvoice(1, { number: "K2030-F-0002", paymentId: "K2030-F-0002", buyer: { ...buyer, accountingString: null }, note: null })],
  ["5-seat invoice with accounting string", makeInvoice(5)],
  ["40-seat invoice", makeInvoice(40, { number: "K2030-F-0040", paymentId: "K2030-F-0040" })],
  ["supplementary invoice", makeInvoice(1, { number: "K2030-F-0003", paymentId: "K2030-F-0003", lines: [{ position: 1, description: "Tillæg: Deltagelse i Kommunestyret 2030, Hold 1", quantity: 1, unitPriceOre: 1_490_000, lineNetOre: 1_490_000 }] })],
  ["invoice with IBAN and BIC", makeInvoice(3, { seller: { ...seller, iban: "DK50 0040 0440 1162 43", bic: "NDEADKKK" } })],
  ["invoice with IBAN, no BIC", makeInvoice(2, { seller: { ...seller, iban: "DK5000400440116243" } })],
  ["invoice from a seller with a long name", makeInvoice(2, { seller: { ...seller, name: LONG_SELLER } })],
  ["full credit note", makeCreditNote(5)],
  ["partial credit note", makeCreditNote(2, { number: "K2030-K-0002" })],
  ["credit note without accounting string", makeCreditNote(1, { buyer: { ...buyer, accountingString: "" } })],
];

// Broken on purpose: the rules must catch them, or a pass would mean nothing.
const good = renderPeppolUbl(makeInvoice(5));
const goodOioubl = renderOioubl(makeInvoice(5));
const broken: [string, string, string][] = [
  ["Peppol with a wrong payable amount", good.replace('<cbc:PayableAmount currencyID="DKK">93125.00', '<cbc:PayableAmount currencyID="DKK">93126.00'), "BR-CO-16"],
  ["Peppol with a wrong EAN check digit", good.replace(/5798000416604/g, "5798000416605"), "PEPPOL-COMMON-R040"],
  ["Peppol without reg.nr.", good.replace(/<cac:FinancialInstitutionBranch>.*?<\/cac:FinancialInstitutionBranch>/, ""), "DK-R-006"],
  ["OIOUBL with a wrong payable amount", goodOioubl.replace('<cbc:PayableAmount currencyID="DKK">93125.00', '<cbc:PayableAmount currencyID="DKK">93126.00'), ""],
  ["OIOUBL without the buyer's EAN", goodOioubl.replace(/<cbc:EndpointID schemeAgencyID="9" schemeID="GLN">5798000416604<\/cbc:EndpointID>/, ""), ""],
];

const examples = [
  path.join(EINVOICE_RULES_DIR, "oioubl-2.1-schematron-1.17.2/examples/OIOUBL_Invoice_v2p2.xml"),
  path.join(EINVOICE_RULES_DIR, "oioubl-2.1-schematron-1.17.2/examples/OIOUBL_CreditNote_v2p2.xml"),
];

let results: Map<string, Validated>;

beforeAll(async () => {
  const documents = [
    ...cases.flatMap(([label, doc]) => [
      { label: `${label} (Peppol)`, xml: renderPeppolUbl(doc) },
      { label: `${label} (OIOUBL)`, xml: renderOioubl(doc) },
    ]),
    ...broken.map(([label, xml]) => ({ label, xml })),
    ...examples.map((file) => ({ label: path.basename(file), xml: readFileSync(file, "utf8") })),
  ];
  results = new Map((await validateEInvoices(documents)).map((r) => [r.label, r]));
}, RULES_TIMEOUT_MS);

describe("the official e-invoice rules", () => {
  it("accept the official OIOUBL examples (the harness itself works)", () => {
    for (const file of examples) expect(describeFailures(results.get(path.basename(file))!)).toEqual([]);
  });

  it.each(cases)("%s passes Peppol BIS 3 (CEN + PEPPOL) and OIOUBL 2.1", (label) => {
    expect(describeFailures(results.get(`${label} (Peppol)`)!)).toEqual([]);
    expect(describeFailures(results.get(`${label} (OIOUBL)`)!)).toEqual([]);
  });

  it.each(broken)("catch %s", (label, _xml, rule) => {
    const failures = results.get(label)!.failures;
    expect(failures.length).toBeGreaterThan(0);
    if (rule) expect(failures.map((f) => f.id)).toContain(rule);
  });
});
