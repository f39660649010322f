// A buyer's answer to an invoice: a Peppol Invoice Response (BIS T111, UNCL4343 codes) or an
// OIOUBL 2.1 ApplicationResponse, mapped onto the statuses staff act on.
export type ResponseFormat = "peppol" | "oioubl";
export type ResponseStatus = "RECEIVED" | "ACCEPTED" | "REJECTED" | "UNDER_QUERY" | "PAID";

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = {
  RECEIVED: "Modtaget",
  ACCEPTED: "Godkendt",
  REJECTED: "Afvist",
  UNDER_QUERY: "Spørgsmål fra kommunen",
  PAID: "Betalt",
};

/** The format a response's CustomizationID names, or null if it is neither. */
export function responseFormatOf(customizationId: string): ResponseFormat | null {
  const id = customizationId.trim();
  if (id.startsWith("urn:fdc:peppol.eu:poacc:trns:invoice_response:")) return "peppol";
  if (/^OIOUBL-2\.(1|02)$/.test(id)) return "oioubl";
  return null;
}

// UNCL4343 subset of Peppol BIS Invoice Response 3.
const PEPPOL: Record<string, ResponseStatus> = {
  AB: "RECEIVED", // message acknowledgement: in the buyer's system
  IP: "RECEIVED", // in process
  UQ: "UNDER_QUERY",
  CA: "ACCEPTED", // conditionally accepted
  RE: "REJECTED",
  AP: "ACCEPTED",
  PD: "PAID", // payment initiated
};

// OIOUBL 2.1 responsecode-1.1.
const OIOUBL: Record<string, ResponseStatus> = {
  TechnicalAccept: "RECEIVED",
  BusinessAccept: "ACCEPTED",
  BusinessReject: "REJECTED",
  TechnicalReject: "REJECTED",
  ProfileReject: "REJECTED",
};

/** The status a response code means; null for a code the format does not have (the official rules refuse those anyway). */
export function responseStatusOf(format: ResponseFormat, code: string): ResponseStatus | null {
  return (format === "peppol" ? PEPPOL : OIOUBL)[code.trim()] ?? null;
}

/**
 * The failed asserts of an SVRL report that refuse the document: every failed assert except
 * those flagged as warnings or information (the Peppol rules flag theirs "fatal" or "warning";
 * the OIOUBL schematron flags none, and all of its asserts count).
 */
export function blockingAsserts(svrl: string): string[] {
  const failures: string[] = [];
  for (const match of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)) {
    const flag = /\bflag="([^"]*)"/.exec(match[1]!)?.[1];
    if (flag === "warning" || flag === "information") continue;
    const id = /\bid="([^"]*)"/.exec(match[1]!)?.[1];
    const text = /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(match[2]!)?.[1]?.replace(/\s+/g, " ").trim() ?? "";
    failures.push(id ? `${id}: ${text}` : text);
  }
  return failures;
}
