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

  it("words a correction as one mail: which invoices each credit note credits, that the new one has the corrected details, and that the credited ones are not to be paid", () => {
    const fresh = makeInvoice(3, { number: "K2030-F-0003", paymentId: "K2030-F-0003" });
    const one = invoiceEmail({ document: fresh, cohortTitle: "Hold 1", creditNotes: [makeCreditNote(2)] });
    expect(one.subject).toBe("Rettet faktura K2030-F-0003 – Kommunestyret 2030");
    expect(one.text).toContain("Vi har rettet faktureringsoplysningerne for Ærø Kommune vedrørende Hold 1 i Kommunestyret 2030. Derfor er fakturaen K2030-0001 krediteret, og I får her en ny faktura med de rettede oplysninger.");
    expect(one.text).toContain("Kreditnota K2030-K-0001 krediterer faktura K2030-0001");
    expect(one.text).toContain("Den krediterede faktura K2030-0001 skal ikke betales. Betal kun den nye faktura K2030-F-0003");

    const two = invoiceEmail({
      document: fresh,
      cohortTitle: "Hold 1",
      creditNotes: [makeCreditNote(2), makeCreditNote(1, { number: "K2030-K-0002", creditedInvoice: { number: "K2030-0002", issueDate: "2026-11-30" } })],
    });
    expect(two.text).toContain("Derfor er fakturaerne K2030-0001 og K2030-0002 krediteret");
    expect(two.text).toContain("Kreditnota K2030-K-0002 krediterer faktura K2030-0002");
    expect(two.text).toContain("De krediterede fakturaer K2030-0001 og K2030-0002 skal ikke betales.");
    expect(two.html).toContain("Kreditnotaerne og den nye faktura sendes også elektronisk");
  });
});
