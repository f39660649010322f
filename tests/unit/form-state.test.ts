import { describe, expect, it } from "vitest";
import { CHECK_FIELDS_MESSAGE, fieldId, formText, formValues, summaryErrors, wholeNumber } from "@/lib/form-state";
import { signDraftWith, verifyDraftWith } from "@/lib/draft-signature";

describe("formValues", () => {
  it("drops control characters (PostgreSQL refuses NUL) but keeps tabs and line breaks", () => {
    const form = new FormData();
    form.append("name", "Anne\u0000 Mikkel\u0007sen\u001b[31m");
    form.append("note", "linje 1\r\nlinje 2\tslut");
    expect(formValues(form)).toEqual({ name: "Anne Mikkelsen[31m", note: "linje 1\r\nlinje 2\tslut" });
  });

  it("ignores files and keeps the last of repeated keys", () => {
    const form = new FormData();
    form.append("email", "a@b.dk");
    form.append("email", "c@d.dk");
    form.append("name", new Blob(["x"]));
    expect(formValues(form)).toEqual({ email: "c@d.dk" });
    expect(formText(form, "name")).toBe("");
  });

  it("reads nothing from something that is not a form", () => {
    expect(formValues("not a form" as unknown as FormData)).toEqual({});
  });
});

describe("wholeNumber", () => {
  it.each([["7", 7], [" 12 ", 12], ["0", 0]])("reads %j as %d", (input, expected) => expect(wholeNumber(input)).toBe(expected));
  it.each(["", "-1", "1e1", "1e309", "0x10", "NaN", "7.5", "tolv", "1".repeat(10)])("refuses %j", (input) => expect(wholeNumber(input)).toBeNaN());
});

describe("draft signature", () => {
  const draft = { userId: "u1", issuedAt: Date.now(), cohortSlug: "hold-2" };
  it("verifies its own signature for the same user and secret only", () => {
    const token = signDraftWith("secret-one-long-enough", draft);
    expect(verifyDraftWith("secret-one-long-enough", token, { userId: "u1" })).toEqual(draft);
    expect(verifyDraftWith("secret-two-long-enough", token, { userId: "u1" })).toBeNull();
    expect(verifyDraftWith("secret-one-long-enough", token, { userId: "u2" })).toBeNull();
    expect(verifyDraftWith("secret-one-long-enough", `${token}x`, { userId: "u1" })).toBeNull();
  });
});

describe("the error summary's list", () => {
  const failed = (fieldErrors: Record<string, string>, message = CHECK_FIELDS_MESSAGE) => ({ status: "error" as const, message, fieldErrors });

  it("links every field error to its input, in the order the fields were checked, with the context a bare message lacks", () => {
    const context = (key: string) => (key.startsWith("participants.1.") ? "Deltager 2" : undefined);
    expect(summaryErrors(failed({ contactName: "Skriv kontaktpersonens navn.", "participants.1.email": "Skriv en e-mailadresse." }), context)).toEqual([
      { key: "contactName", text: "Skriv kontaktpersonens navn.", href: "#f-contactName" },
      { key: "participants.1.email", text: "Deltager 2: Skriv en e-mailadresse.", href: `#${fieldId("participants.1.email")}` },
    ]);
    expect(fieldId("participants.1.email")).toBe("f-participants-1-email");
  });

  it("lists a form-level message that says more than 'check the fields' first, once, without a link", () => {
    expect(summaryErrors(failed({}, "Holdet er fuldt."))).toEqual([{ key: "_message", text: "Holdet er fuldt.", href: null }]);
    expect(summaryErrors(failed({ email: "Der findes allerede en bruger." }, "Der findes allerede en bruger."))).toHaveLength(1);
    expect(summaryErrors(failed({ _form: "Noget gik galt." }))).toEqual([{ key: "_form", text: "Noget gik galt.", href: null }]);
  });

  it("is empty unless the submit failed, and never empty when it did", () => {
    expect(summaryErrors({ status: "success", message: "Gemt.", fieldErrors: {} })).toEqual([]);
    expect(summaryErrors({ status: "idle", fieldErrors: { a: "x" } })).toEqual([]);
    expect(summaryErrors(failed({}))).toEqual([{ key: "_message", text: CHECK_FIELDS_MESSAGE, href: null }]);
  });
});
