import { describe, expect, it } from "vitest";
import { invoiceEmail } from "../../src/emails/invoice-email";
import { makeCreditNote, makeInvoice } from "../support/invoice-fixtures";

describe("invoiceEmail", () => {
  it("says Fakturanummer and Fakturadato on an invoice", () => {
    const mail = invoiceEmail({ document: makeInvoice(2), cohortTitle: "Hold 1" });
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("Fakturanummer");
      expect(body).toContain("Fakturadato");
      expect(body).not.toMatch(/Fakturas(nummer|dato)/);
    }
    expect(mail.text).toContain("K2030-0001");
  });

  it("says Kreditnotanummer and Kreditnotadato on a credit note", () => {
    const mail = invoiceEmail({ document: makeCreditNote(1), cohortTitle: "Hold 1" });
    expect(mail.text).toContain("Kreditnotanummer");
    expect(mail.text).toContain("Kreditnotadato");
    expect(mail.text).not.toMatch(/Kreditnotas(nummer|dato)/);
    expect(mail.text).toContain("Vedrører faktura");
  });
});
