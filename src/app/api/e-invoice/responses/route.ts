import { timingSafeEqual, createHash } from "node:crypto";
import { env } from "@/env";
import { isDomainError } from "@/domain/errors";
import { recordInvoiceResponse } from "@/server/invoices/responses/record-invoice-response";

// The access point delivers buyer responses here: a Peppol Invoice Response (BIS T111) or an
// OIOUBL ApplicationResponse as the request body, with `Authorization: Bearer <INVOICE_RESPONSE_TOKEN>`.
export const dynamic = "force-dynamic";

const MAX_BYTES = 1024 * 1024;

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

function sameToken(given: string, expected: string): boolean {
  // Hashed first so the comparison takes the same time whatever the lengths.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export async function POST(request: Request) {
  const expected = env.INVOICE_RESPONSE_TOKEN;
  // Fail closed: without a configured token nobody may deliver.
  if (!expected) return json(503, { error: "Buyer responses are not enabled: INVOICE_RESPONSE_TOKEN is not set." });
  const header = request.headers.get("authorization") ?? "";
  const token = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
  if (!token || !sameToken(token, expected)) return json(401, { error: "Missing or wrong bearer token." });

  const body = await request.text();
  if (Buffer.byteLength(body, "utf8") > MAX_BYTES) return json(413, { error: "The document is larger than 1 MB." });
  if (!body.trim()) return json(400, { error: "The request body must be the response document (XML)." });

  try {
    const { response, duplicate, invoiceNumber } = await recordInvoiceResponse({ xml: body });
    return json(duplicate ? 200 : 201, { id: response.id, invoice: invoiceNumber, status: response.status, duplicate });
  } catch (error) {
    if (isDomainError(error)) {
      if (error.code === "RESPONSE_VALIDATION_UNAVAILABLE") {
        console.error(`buyer response refused: validation unavailable (${String(error.details.missing ?? "")})`);
        return json(503, { error: "The response cannot be validated: configure EINVOICE_RULES_DIR, Java (JAVA_BIN) and Saxon-HE (SAXON_JAR).", code: error.code });
      }
      if (error.code === "RESPONSE_UNMATCHED") return json(422, { error: "The response names no invoice we issued.", code: error.code, invoice: error.details.invoiceNumber ?? null });
      if (error.code === "RESPONSE_INVALID") return json(422, { error: "The response breaks the official rules.", code: error.code, errors: error.details.errors ?? [] });
    }
    console.error("buyer response failed", error);
    return json(500, { error: "Unexpected error." });
  }
}
