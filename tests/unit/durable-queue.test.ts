import { describe, expect, it } from "vitest";
import { backoffMs, failureUpdate } from "../../src/server/jobs/durable-queue";
import { stylesheetsFor } from "../support/einvoice-rules";

describe("the durable queue's retry rule", () => {
  it("doubles the wait per attempt from the base, capped at one hour", () => {
    expect([1, 2, 3, 4, 8].map((a) => backoffMs(a, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000]);
    expect(backoffMs(0, 30_000)).toBe(30_000);
    expect(backoffMs(30, 30_000)).toBe(60 * 60_000);
  });

  it("waits after a failed attempt, gives up with the reason after the last one", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    const waiting = failureUpdate({ attempts: 3, error: new Error("HTTP 503"), maxAttempts: 8, now });
    expect(waiting).toEqual({ giveUp: false, data: { status: "PENDING", lastError: "HTTP 503", nextAttemptAt: new Date(now.getTime() + backoffMs(3)) } });
    const failed = failureUpdate({ attempts: 8, error: "x".repeat(2000), maxAttempts: 8, now });
    expect(failed.giveUp).toBe(true);
    expect(failed.data.status).toBe("FAILED");
    expect(failed.data.lastError).toHaveLength(1000);
  });
});

describe("which official rules apply to a document", () => {
  it("picks CEN + PEPPOL for Peppol, the OIOUBL schematron by root for OIOUBL", () => {
    const peppol = `<?xml version="1.0"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID></Invoice>`;
    expect(stylesheetsFor(peppol).map((s) => s.name)).toEqual(["CEN-EN16931", "PEPPOL-EN16931"]);
    const oioubl = `<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"><cbc:CustomizationID>OIOUBL-2.01</cbc:CustomizationID></CreditNote>`;
    expect(stylesheetsFor(oioubl).map((s) => s.name)).toEqual(["OIOUBL-CreditNote"]);
    expect(() => stylesheetsFor("<Order/>")).toThrow(/not an e-invoice/);
  });
});
