import "server-only";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DomainError } from "@/domain/errors";
import { blockingAsserts, responseFormatOf, responseStatusOf, type ResponseFormat, type ResponseStatus } from "@/domain/invoice-response";
import { rulesSetup, runSaxon } from "@/server/invoices/responses/run-saxon";

export type InvoiceResponseDocument = {
  format: ResponseFormat;
  /** The response document's own ID. */
  documentId: string;
  issueDate: string | null;
  code: string;
  status: ResponseStatus;
  reason: string | null;
  /** The invoice it answers: its number as we issued it. */
  invoiceNumber: string;
};

const RULES: Record<ResponseFormat, string> = {
  peppol: "peppol-2026.5/PEPPOLBIS-T111.xslt",
  oioubl: "oioubl-2.1-schematron-1.17.2/OIOUBL_ApplicationResponse_Schematron.xslt",
};

// Reads the fields we need by local name, so any namespace prefix works. One line per field;
// values are whitespace-normalised, so they hold no line breaks.
const FIELDS_XSLT = `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:variable name="root" select="*[1]"/>
    <xsl:variable name="dr" select="($root/*[local-name() = 'DocumentResponse'])[1]"/>
    <xsl:variable name="response" select="($dr/*[local-name() = 'Response'])[1]"/>
    <xsl:value-of select="concat('root=', local-name($root), '&#10;')"/>
    <xsl:value-of select="concat('customization=', normalize-space(($root/*[local-name() = 'CustomizationID'])[1]), '&#10;')"/>
    <xsl:value-of select="concat('id=', normalize-space(($root/*[local-name() = 'ID'])[1]), '&#10;')"/>
    <xsl:value-of select="concat('issueDate=', normalize-space(($root/*[local-name() = 'IssueDate'])[1]), '&#10;')"/>
    <xsl:value-of select="concat('code=', normalize-space(($response/*[local-name() = 'ResponseCode'])[1]), '&#10;')"/>
    <xsl:value-of select="concat('reason=', string-join(for $s in ($response/*[local-name() = 'Status']/*[local-name() = 'StatusReason'], $response/*[local-name() = 'Description']) return normalize-space($s), ' | '), '&#10;')"/>
    <xsl:value-of select="concat('reasonCodes=', string-join(for $s in $response/*[local-name() = 'Status']/*[local-name() = 'StatusReasonCode'] return normalize-space($s), ' '), '&#10;')"/>
    <xsl:value-of select="concat('reference=', normalize-space((($dr/*[local-name() = 'DocumentReference'])[1]/*[local-name() = 'ID'])[1]), '&#10;')"/>
  </xsl:template>
</xsl:stylesheet>
`;

let fieldsStylesheet: Promise<string> | undefined;

function fieldsXslt(): Promise<string> {
  fieldsStylesheet ??= (async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "k2030-response-")), "response-fields.xsl");
    await writeFile(file, FIELDS_XSLT, "utf8");
    return file;
  })();
  return fieldsStylesheet;
}

/**
 * Reads a buyer response and validates it with the official rules for its format (Peppol
 * Invoice Response T111 or OIOUBL ApplicationResponse schematron 1.17.2). Refuses, with the
 * failed rules, anything that is neither format or breaks a rule; refuses everything while the
 * rules are not configured (RESPONSE_VALIDATION_UNAVAILABLE).
 */
export async function readInvoiceResponse(xml: string): Promise<InvoiceResponseDocument> {
  const setup = await rulesSetup();
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<([\w-]+:)?ApplicationResponse\b/.test(xml.replace(/^\uFEFF/, ""))) {
    throw new DomainError("RESPONSE_INVALID", { errors: ["Dokumentet er ikke et ApplicationResponse."] });
  }
  // The format decides the rules; read roughly here so both Saxon runs (the fields and the
  // rules) can start at once, and checked against the fields read properly below.
  const guessed = responseFormatOf(/<(?:[\w-]+:)?CustomizationID[^>]*>([^<]*)</.exec(xml)?.[1] ?? "");
  if (!guessed) throw new DomainError("RESPONSE_INVALID", { errors: ["Ukendt eller manglende CustomizationID."] });
  const [fieldsText, svrl] = await Promise.all([
    runSaxon({ xml, stylesheet: await fieldsXslt(), ...setup }),
    runSaxon({ xml, stylesheet: path.join(/*turbopackIgnore: true*/ setup.rulesDir, RULES[guessed]), ...setup }),
  ]).catch((error: unknown) => {
    if (error instanceof DomainError) throw error;
    throw new DomainError("RESPONSE_INVALID", { errors: ["Dokumentet kan ikke læses som XML."] });
  });
  const fields = Object.fromEntries(fieldsText.split("\n").filter(Boolean).map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
  const format = responseFormatOf(fields.customization ?? "");
  if (fields.root !== "ApplicationResponse" || format !== guessed) throw new DomainError("RESPONSE_INVALID", { errors: [`Ukendt CustomizationID: ${fields.customization ?? ""}`] });
  const errors = blockingAsserts(svrl);
  if (errors.length > 0) throw new DomainError("RESPONSE_INVALID", { errors });

  const code = fields.code ?? "";
  const status = responseStatusOf(format, code);
  if (!status) throw new DomainError("RESPONSE_INVALID", { errors: [`Ukendt svarkode: ${code}`] });
  if (!fields.reference) throw new DomainError("RESPONSE_UNMATCHED");
  const reason = fields.reason || fields.reasonCodes || null;
  return { format, documentId: fields.id ?? "", issueDate: fields.issueDate || null, code, status, reason, invoiceNumber: fields.reference };
}
