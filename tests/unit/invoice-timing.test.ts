import { describe, expect, it } from "vitest";
import { invoiceDateBeforeSeminar, invoiceTimingSentence, invoicesNow, type InvoiceTiming } from "../../src/domain/invoice-timing";
import { blockingAsserts, responseFormatOf, responseStatusOf } from "../../src/domain/invoice-response";

// Seminar Tuesday 9 March 2027 at 12.00 in Copenhagen.
const SEMINAR = new Date("2027-03-09T11:00:00Z");
type CohortTiming = { runningSince: Date | null; seminarStart: Date | null };
const notRunning: CohortTiming = { runningSince: null, seminarStart: SEMINAR };
const running: CohortTiming = { runningSince: new Date("2027-01-02T10:00:00Z"), seminarStart: SEMINAR };
const undated: CohortTiming = { runningSince: null, seminarStart: null };

describe("when a confirmed direction is invoiced", () => {
  const cases: [InvoiceTiming, CohortTiming, string, boolean][] = [
    ["AT_REGISTRATION", notRunning, "2027-01-05T10:00:00Z", true],
    ["AT_REGISTRATION", undated, "2027-01-05T10:00:00Z", true],
    ["WHEN_RUNNING", notRunning, "2027-01-05T10:00:00Z", false],
    ["WHEN_RUNNING", running, "2027-01-05T10:00:00Z", true],
    // 42 days before 9 March 2027 is 26 January 2027, from midnight in Copenhagen.
    ["BEFORE_SEMINAR", notRunning, "2027-01-25T22:59:00Z", false],
    ["BEFORE_SEMINAR", notRunning, "2027-01-25T23:00:00Z", true],
    ["BEFORE_SEMINAR", running, "2027-01-20T10:00:00Z", false],
    ["BEFORE_SEMINAR", undated, "2027-03-01T10:00:00Z", false],
  ];
  it.each(cases)("%s on %o at %s: %s", (timing, cohort, now, expected) => {
    expect(invoicesNow({ timing, cohort, daysBefore: 42, now: new Date(now) })).toBe(expected);
  });

  it("the date before the seminar is a Copenhagen calendar date", () => {
    expect(invoiceDateBeforeSeminar({ seminarStart: SEMINAR, daysBefore: 42 })).toBe("2027-01-26");
    expect(invoiceDateBeforeSeminar({ seminarStart: SEMINAR, daysBefore: 0 })).toBe("2027-03-09");
    expect(invoiceDateBeforeSeminar({ seminarStart: null, daysBefore: 42 })).toBeNull();
  });

  it("tells directors what happens", () => {
    expect(invoiceTimingSentence({ timing: "WHEN_RUNNING", cohort: notRunning, daysBefore: 42 })).toBe("Fakturaen sendes, når holdet gennemføres.");
    expect(invoiceTimingSentence({ timing: "WHEN_RUNNING", cohort: running, daysBefore: 42 })).toContain("gennemføres, så fakturaen sendes");
    expect(invoiceTimingSentence({ timing: "BEFORE_SEMINAR", cohort: notRunning, daysBefore: 42 })).toBe("Fakturaen sendes tirsdag den 26. januar 2027 (42 dage før seminaret).");
    expect(invoiceTimingSentence({ timing: "AT_REGISTRATION", cohort: notRunning, daysBefore: 42 })).toBe("Fakturaen sendes, når tilmeldingen er bekræftet.");
  });
});

describe("buyer responses", () => {
  it("knows the two formats by their CustomizationID", () => {
    expect(responseFormatOf("urn:fdc:peppol.eu:poacc:trns:invoice_response:3")).toBe("peppol");
    expect(responseFormatOf("OIOUBL-2.1")).toBe("oioubl");
    expect(responseFormatOf("urn:cen.eu:en16931:2017")).toBeNull();
  });

  it("maps every code onto the statuses staff act on", () => {
    expect(["AB", "IP", "UQ", "CA", "RE", "AP", "PD"].map((c) => responseStatusOf("peppol", c))).toEqual(["RECEIVED", "RECEIVED", "UNDER_QUERY", "ACCEPTED", "REJECTED", "ACCEPTED", "PAID"]);
    expect(["TechnicalAccept", "BusinessAccept", "BusinessReject", "TechnicalReject", "ProfileReject"].map((c) => responseStatusOf("oioubl", c))).toEqual([
      "RECEIVED",
      "ACCEPTED",
      "REJECTED",
      "REJECTED",
      "REJECTED",
    ]);
    expect(responseStatusOf("peppol", "XX")).toBeNull();
  });

  it("counts failed asserts except warnings", () => {
    const svrl = `<svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
      <svrl:failed-assert id="PEPPOL-T111-R001" flag="fatal" test="x"><svrl:text>Must be there.</svrl:text></svrl:failed-assert>
      <svrl:failed-assert id="W1" flag="warning" test="y"><svrl:text>Advice.</svrl:text></svrl:failed-assert>
      <svrl:failed-assert test="z" location="/"><svrl:text>
        OIOUBL rule broken.</svrl:text></svrl:failed-assert>
    </svrl:schematron-output>`;
    expect(blockingAsserts(svrl)).toEqual(["PEPPOL-T111-R001: Must be there.", "OIOUBL rule broken."]);
    expect(blockingAsserts("<svrl:schematron-output/>")).toEqual([]);
  });
});
