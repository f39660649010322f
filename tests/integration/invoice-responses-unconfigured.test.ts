import { describe, expect, it } from "vitest";

// Neither the token nor the rules configured: the endpoint and the use case refuse (fail closed).
delete process.env.INVOICE_RESPONSE_TOKEN;
delete process.env.EINVOICE_RULES_DIR;

import { DomainError } from "../../src/domain/errors";
import { recordInvoiceResponse } from "../../src/server/invoices/responses/record-invoice-response";
import { POST } from "../../src/app/api/e-invoice/responses/route";

describe("buyer responses without configuration", () => {
  it("the endpoint refuses every delivery while INVOICE_RESPONSE_TOKEN is unset", async () => {
    const response = await POST(new Request("http://localhost/api/e-invoice/responses", { method: "POST", body: "<x/>", headers: { authorization: "Bearer anything" } }));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("INVOICE_RESPONSE_TOKEN") });
  });

  it("without the rules directory a response is refused, never recorded unchecked", async () => {
    const error = await recordInvoiceResponse({ xml: "<ApplicationResponse/>" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("RESPONSE_VALIDATION_UNAVAILABLE");
    expect((error as DomainError).danishMessage).toContain("EINVOICE_RULES_DIR");
  });
});
