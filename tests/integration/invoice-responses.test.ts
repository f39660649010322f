import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

// Read once by src/env.ts on first use, so set before any test touches the app code. The
// official rules sit next to the repository (../shared/data/einvoice-rules) unless CI says otherwise.
const RULES = process.env.EINVOICE_RULES_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data/einvoice-rules");
process.env.EINVOICE_RULES_DIR = RULES;
const TOKEN = "test-access-point-token-0123456789abcdef";
process.env.INVOICE_RESPONSE_TOKEN = TOKEN;

import { db, transaction } from "../../src/server/db";
import { SYSTEM_ACTOR } from "../../src/server/auth/actor";
import { DomainError } from "../../src/domain/errors";
import { issueInvoice } from "../../src/server/invoices/issue-invoice";
import { recordInvoiceResponse } from "../../src/server/invoices/responses/record-invoice-response";
import { correctInvoiceDetails } from "../../src/server/invoices/correct-invoice-details";
import { getDashboard } from "../../src/server/dashboard/get-dashboard";
import { auditSentence } from "../../src/lib/audit-sentence";
import { POST } from "../../src/app/api/e-invoice/responses/route";
import { resetDatabase } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode, VALID_EANS } from "../support/factories";

beforeEach(resetDatabase);

const NOW = new Date("2027-01-05T10:00:00Z");
// Saxon starts a JVM per run: slow on a busy machine.
const SLOW = { timeout: 240_000 };

/** An official example with its invoice reference pointed at an invoice this test issued. */
function example(file: string, invoiceNumber: string): string {
  const xml = readFileSync(path.join(RULES, file), "utf8");
  // The reference is the ID inside DocumentResponse/DocumentReference (inv021 and A00095678 in the examples).
  const adapted = xml.replace(/(<cac:DocumentReference>\s*<cbc:ID>)[^<]*(<\/cbc:ID>)/, `$1${invoiceNumber}$2`);
  if (adapted === xml) throw new Error(`no DocumentReference/ID in ${file}`);
  return adapted;
}

async function issuedInvoice() {
  const programme = await createProgramme();
  const cohort = await createCohort(programme.id);
  const direction = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), participants: 2 });
  const invoice = (await transaction((tx) => issueInvoice(tx, { directionId: direction.id, actor: SYSTEM_ACTOR, now: NOW })))!;
  return { direction, invoice };
}

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

function post(body: string, token: string | null = TOKEN) {
  return POST(new Request("http://localhost/api/e-invoice/responses", { method: "POST", body, headers: { "content-type": "application/xml", ...(token ? { authorization: `Bearer ${token}` } : {}) } }));
}

describe("buyer responses (official examples, validated with the official rules)", SLOW, () => {
  it("a Peppol rejection is recorded with its reason, shows on the dashboard, and leaves it once the correction re-issues the invoice", async () => {
    const { direction, invoice } = await issuedInvoice();
    const response = await post(example("peppol-2026.5/examples/T111-uc004a-Invoice-is-rejected.xml", invoice.displayNumber));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ invoice: invoice.displayNumber, status: "REJECTED", duplicate: false });
    const stored = await db.invoiceResponse.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect(stored).toMatchObject({ format: "peppol", code: "RE", status: "REJECTED", documentId: "imrid001" });
    expect(stored.reason).toContain("PO reference is missing");

    // Delivered again: recorded once.
    const again = await post(example("peppol-2026.5/examples/T111-uc004a-Invoice-is-rejected.xml", invoice.displayNumber));
    expect(again.status).toBe(200);
    expect(await db.invoiceResponse.count()).toBe(1);

    const dashboard = await getDashboard({ now: NOW });
    expect(dashboard.answered.map((a) => [a.displayNumber, a.status])).toEqual([[invoice.displayNumber, "REJECTED"]]);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "invoice.response" } });
    expect(auditSentence(log, { audience: "staff" })).toMatch(/^Kommunen afviste faktura K2030-F-\d+\. Begrundelse: »A textual explanation/);

    // Staff correct the order number: the rejected invoice is credited and leaves the list.
    await correctInvoiceDetails({ actor: { id: null, email: "staff@komponent.dk", role: "STAFF" }, directionId: direction.id, input: { ...direction, orderNumber: "PO-4711", ean: VALID_EANS[0]! }, now: NOW });
    expect((await getDashboard({ now: NOW })).answered).toEqual([]);
  });

  it("Peppol 'payment initiated' marks the invoice paid; 'accepted' and an OIOUBL BusinessReject are recorded", async () => {
    const { invoice } = await issuedInvoice();
    const accepted = await recordInvoiceResponse({ xml: example("peppol-2026.5/examples/T111-uc003-Invoice-is-accepted.xml", invoice.displayNumber), now: NOW });
    expect(accepted.response.status).toBe("ACCEPTED");
    const paid = await recordInvoiceResponse({ xml: example("peppol-2026.5/examples/T111-uc007-Payment-has-been-initiated.xml", invoice.displayNumber).replace("<cbc:ID>imrid001</cbc:ID>", "<cbc:ID>imrid007</cbc:ID>"), now: NOW });
    expect(paid.response.status).toBe("PAID");
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "PAID" });
    expect(await db.auditLog.count({ where: { action: "invoice.mark-paid", entityId: invoice.id } })).toBe(1);

    const oioubl = await recordInvoiceResponse({ xml: example("oioubl-2.1-schematron-1.17.2/examples/OIOUBL_ApplicationResponse_v2p2.xml", invoice.displayNumber), now: NOW });
    expect(oioubl.response).toMatchObject({ format: "oioubl", code: "BusinessReject", status: "REJECTED", reason: "Vi har ikke fået de aftalte 800,- kr i rabat" });
  });

  it("refuses a response that breaks the official rules, one naming no invoice of ours, and anything without the token", async () => {
    const { invoice } = await issuedInvoice();
    const broken = example("peppol-2026.5/examples/T111-uc003-Invoice-is-accepted.xml", invoice.displayNumber).replace(/<cbc:ResponseCode>AP<\/cbc:ResponseCode>/, "<cbc:ResponseCode>XX</cbc:ResponseCode>");
    const refused = await post(broken);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { code: string; errors: string[] };
    expect(body.code).toBe("RESPONSE_INVALID");
    expect(body.errors.length).toBeGreaterThan(0);

    expect(await code(recordInvoiceResponse({ xml: example("peppol-2026.5/examples/T111-uc003-Invoice-is-accepted.xml", "K2030-F-9999") }))).toBe("RESPONSE_UNMATCHED");
    expect((await post("<Invoice/>")).status).toBe(422);
    expect((await post("<x/>", null)).status).toBe(401);
    expect((await post("<x/>", "wrong-token-wrong-token-wrong-token")).status).toBe(401);
    expect(await db.invoiceResponse.count()).toBe(0);
  });
});
