import { z } from "zod";
import { FIELDS } from "@/domain/fields";
import { emailField } from "@/lib/schemas/email";

/** An HTML checkbox: present ("on") when ticked, absent when not. Booleans pass through for non-form callers. */
export const checkbox = z
  .union([z.boolean(), z.string()])
  .nullish()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

const requiredText = (message: string, max = 120) => z.string({ error: message }).trim().min(1, message).max(max, `Højst ${max} tegn.`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Højst ${max} tegn.`)
    .nullish()
    .transform((v) => v || null);

/** Danish or international phone number: digits with optional +, spaces and dashes, at least 8 digits. */
export const phoneField = z
  .string({ error: "Skriv et telefonnummer." })
  .trim()
  .max(30, "Telefonnummeret er for langt.")
  .refine((v) => /^\+?[\d\s-]+$/.test(v) && v.replace(/\D/g, "").length >= 8, "Skriv telefonnummeret med mindst 8 cifre, fx 12 34 56 78.");

const optionalPhone = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || phoneField.safeParse(v).success, "Skriv telefonnummeret med mindst 8 cifre, fx 12 34 56 78.");

export const DIETARY_CONSENT_MESSAGE = "Kostbehov kan være helbredsoplysninger: sæt kryds for samtykke, eller lad feltet stå tomt.";

/**
 * One participant as every participant form sends it (registration, "Min tilmelding", admin).
 * Dietary needs can reveal health data (GDPR art. 9), so they are only accepted with explicit consent.
 */
export const participantSchema = z
  .object({
    name: requiredText("Skriv deltagerens navn."),
    jobTitle: requiredText("Skriv deltagerens stilling."),
    field: z.enum(FIELDS, { error: "Vælg deltagerens fagområde." }),
    email: emailField,
    phone: optionalPhone,
    overnightStay: checkbox,
    dietaryNeeds: optionalText(500),
    dietaryConsent: checkbox,
    accessibilityNeeds: optionalText(500),
    networkConsent: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.dietaryNeeds && !value.dietaryConsent) {
      ctx.addIssue({ code: "custom", path: ["dietaryConsent"], message: DIETARY_CONSENT_MESSAGE });
    }
  });

export type ParticipantFormInput = z.output<typeof participantSchema>;
