import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../src/lib/form-state";
import { DIETARY_CONSENT_MESSAGE, participantSchema } from "../../src/lib/schemas/participant";
import { invoiceStepSchema, municipalityStepSchema, participantsStepSchema, registrationInputSchema, reviewStepSchema } from "../../src/lib/schemas/registration";

const participant = {
  name: "Mette Holm",
  jobTitle: "Kommunaldirektør",
  field: "MUNICIPAL_DIRECTOR",
  email: "mette@vejle.dk",
  phone: "",
  overnightStay: "on",
};

const invoice = {
  ean: "5798000000018",
  cvr: "55133018",
  orderNumber: "REK-1",
  personReference: "MH",
  accountingString: "",
  billingName: "Vejle Kommune",
  billingStreet: "Skolegade 1",
  billingPostalCode: "7100",
  billingCity: "Vejle",
};

const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as never));

describe("participant schema", () => {
  it("reads HTML checkboxes: ticked is 'on', absent is false", () => {
    const parsed = participantSchema.parse(participant);
    expect(parsed).toMatchObject({ overnightStay: true, networkConsent: false, dietaryConsent: false, dietaryNeeds: null, phone: null });
  });

  it("refuses dietary needs without consent, next to the consent box", () => {
    const result = participantSchema.safeParse({ ...participant, dietaryNeeds: "Glutenfri" });
    expect(errorsOf(result)).toEqual({ dietaryConsent: DIETARY_CONSENT_MESSAGE });
  });

  it("accepts dietary needs with consent, and consent alone", () => {
    expect(participantSchema.parse({ ...participant, dietaryNeeds: "Glutenfri", dietaryConsent: "on" })).toMatchObject({ dietaryNeeds: "Glutenfri", dietaryConsent: true });
    expect(participantSchema.safeParse({ ...participant, dietaryConsent: "on" }).success).toBe(true);
  });

  it.each(["mette@vejle", "Mette <mette@vejle.dk>", "a@vejle.dk, b@vejle.dk", "mette@vejle.dk (kontor)", ""])("rejects the e-mail %j", (email) => {
    expect(errorsOf(participantSchema.safeParse({ ...participant, email }))).toHaveProperty("email");
  });

  it("normalises e-mail to lower case", () => {
    expect(participantSchema.parse({ ...participant, email: " Mette@Vejle.DK " }).email).toBe("mette@vejle.dk");
  });

  it("wants a known field and a name", () => {
    const errors = errorsOf(participantSchema.safeParse({ ...participant, field: "CEO", name: " " }));
    expect(errors.field).toBe("Vælg deltagerens fagområde.");
    expect(errors.name).toBe("Skriv deltagerens navn.");
  });
});

describe("participants step", () => {
  it("needs at least one participant", () => {
    expect(errorsOf(participantsStepSchema.safeParse({ participants: [] }))).toEqual({ participants: "Tilmeld mindst én deltager." });
  });
  it("puts errors at the participant's index and refuses duplicate e-mails", () => {
    const errors = errorsOf(participantsStepSchema.safeParse({ participants: [participant, { ...participant, name: "Anden" }] }));
    expect(errors).toEqual({ "participants.1.email": "Deltagerne skal have hver sin e-mailadresse." });
  });
});

describe("invoice step", () => {
  it("accepts valid EAN and CVR and normalises spaces and the DK prefix", () => {
    const parsed = invoiceStepSchema.parse({ ...invoice, ean: "5798 0000 00018", cvr: "DK 55 13 30 18" });
    expect(parsed).toMatchObject({ ean: "5798000000018", cvr: "55133018", accountingString: null });
  });
  it.each([
    ["wrong check digit", "5798000000019"],
    ["12 digits", "579800000001"],
    ["letters", "57980000000AB"],
  ])("rejects an EAN with %s", (_label, ean) => {
    expect(errorsOf(invoiceStepSchema.safeParse({ ...invoice, ean })).ean).toBe("EAN-nummeret skal være 13 cifre med gyldigt kontrolciffer.");
  });
  it.each([
    ["failing modulus 11", "12345678"],
    ["7 digits", "5513301"],
    ["leading zero", "05513301"],
  ])("rejects a CVR %s", (_label, cvr) => {
    expect(errorsOf(invoiceStepSchema.safeParse({ ...invoice, cvr })).cvr).toBe("CVR-nummeret skal være 8 cifre og gyldigt.");
  });
  it("requires order number, personreference and a 4-digit postal code", () => {
    const errors = errorsOf(invoiceStepSchema.safeParse({ ...invoice, orderNumber: "", personReference: " ", billingPostalCode: "710" }));
    expect(Object.keys(errors).sort()).toEqual(["billingPostalCode", "orderNumber", "personReference"]);
  });
});

describe("municipality step", () => {
  const schema = municipalityStepSchema(new Set(["0630", "0615"]));
  const contact = { contactName: "Mette Holm", contactTitle: "Direktør", contactEmail: "mette@vejle.dk", contactPhone: "+45 76 81 00 00" };
  it("accepts one of the known municipalities", () => {
    expect(schema.parse({ municipalityCode: "0630", ...contact }).municipalityCode).toBe("0630");
  });
  it("refuses an unknown code and a short phone number", () => {
    const errors = errorsOf(schema.safeParse({ municipalityCode: "9999", ...contact, contactPhone: "1234" }));
    expect(errors.municipalityCode).toBe("Vælg en kommune fra listen.");
    expect(errors.contactPhone).toMatch(/mindst 8 cifre/);
  });
});

describe("review step and full input", () => {
  it("requires the terms to be accepted", () => {
    expect(errorsOf(reviewStepSchema.safeParse({}))).toEqual({ acceptTerms: "Sæt kryds for at acceptere betingelserne." });
    expect(reviewStepSchema.parse({ acceptTerms: "on" }).acceptWaitlist).toBe(false);
  });
  it("parses a whole registration", () => {
    const parsed = registrationInputSchema.parse({
      cohortSlug: "hold-2",
      municipalityCode: "0630",
      contactName: "Mette Holm",
      contactTitle: "Direktør",
      contactEmail: "mette@vejle.dk",
      contactPhone: "76810000",
      participants: [participant],
      ...invoice,
    });
    expect(parsed).toMatchObject({ cohortSlug: "hold-2", acceptWaitlist: false, participants: [{ overnightStay: true }] });
  });
});
