import { z } from "zod";
import { isValidCvr, normaliseCvr } from "@/domain/identifiers";
import { emailField } from "@/lib/schemas/email";
import { MAX_PARTICIPANTS_PER_DIRECTION } from "@/domain/capacity";
import { phoneField } from "@/lib/schemas/participant";

const text = (label: string, max = 200) =>
  z
    .string({ error: `Skriv ${label}.` })
    .trim()
    .min(1, `Skriv ${label}.`)
    .max(max, `Højst ${max} tegn.`);

const days = (label: string, min: number, max: number) =>
  z
    .string({ error: `Skriv ${label}.` })
    .trim()
    .regex(/^\d{1,4}$/, `Skriv ${label} som et helt antal dage.`)
    .transform(Number)
    .refine((v) => v >= min && v <= max, `${label[0]!.toUpperCase()}${label.slice(1)} skal være mellem ${min} og ${max} dage.`);

const optionalCode = (pattern: RegExp, message: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ?? "").replace(/\s/g, "").toUpperCase())
    .refine((v) => v === "" || pattern.test(v), message)
    .transform((v) => v || null);

/** The programme's terms and the seller details printed on every invoice and credit note. */
export const programmeSettingsSchema = z.object({
  sellerName: text("sælgers navn"),
  sellerStreet: text("adressen"),
  sellerPostalCode: z.string({ error: "Skriv postnummeret." }).trim().regex(/^\d{4}$/, "Postnummeret skal være 4 cifre."),
  sellerCity: text("byen", 100),
  sellerCvr: z
    .string({ error: "Skriv CVR-nummeret." })
    .transform(normaliseCvr)
    .refine((v) => v.length > 0, "Skriv CVR-nummeret.")
    .refine(isValidCvr, "CVR-nummeret skal være 8 cifre og gyldigt."),
  sellerEmail: emailField,
  sellerPhone: phoneField,
  sellerBankReg: z.string({ error: "Skriv registreringsnummeret." }).trim().regex(/^\d{4}$/, "Registreringsnummeret skal være 4 cifre."),
  sellerBankAccount: z
    .string({ error: "Skriv kontonummeret." })
    .transform((v) => v.replace(/[\s-]/g, ""))
    .refine((v) => /^\d{1,10}$/.test(v), "Kontonummeret skal være højst 10 cifre."),
  sellerIban: optionalCode(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, "IBAN skal starte med landekode og to cifre, fx DK50 0040 0440 1162 43."),
  sellerBic: optionalCode(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, "BIC skal være 8 eller 11 tegn, fx DABADKKK."),
  paymentTermsDays: days("betalingsfristen", 1, 120),
  freeCancellationDays: days("den gratis afmeldingsfrist", 0, 365),
  cancellationTerms: text("afmeldingsbetingelserne", 2000),
  privacyRetentionDays: days("slettefristen", 1, 365),
  reminderDaysBefore: days("påmindelsen", 1, 60),
  maxParticipantsPerDirection: z
    .string({ error: "Skriv det største antal deltagere pr. direktion." })
    .trim()
    .regex(/^\d{1,3}$/, "Skriv antallet af deltagere som et helt tal.")
    .transform(Number)
    .refine((v) => v >= 1 && v <= MAX_PARTICIPANTS_PER_DIRECTION, `Antallet af deltagere pr. direktion skal være mellem 1 og ${MAX_PARTICIPANTS_PER_DIRECTION}.`),
  invoiceTiming: z.enum(["AT_REGISTRATION", "WHEN_RUNNING", "BEFORE_SEMINAR"], { error: "Vælg, hvornår tilmeldingerne faktureres." }),
  invoiceDaysBefore: days("antal dage før seminaret", 0, 365),
});

export type ProgrammeSettingsInput = z.output<typeof programmeSettingsSchema>;
