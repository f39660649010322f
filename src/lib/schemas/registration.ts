import { z } from "zod";
import { emailField } from "@/lib/schemas/email";
import { invoiceDetailsSchema } from "@/lib/schemas/invoice-details";
import { checkbox, participantSchema, phoneField } from "@/lib/schemas/participant";

// One schema per step of /tilmelding; the server action validates each step with it, and the
// final submit re-validates the whole draft with registrationInputSchema.

export const MAX_PARTICIPANTS_PER_DIRECTION = 20;

const requiredText = (message: string, max = 120) => z.string({ error: message }).trim().min(1, message).max(max, `Højst ${max} tegn.`);

export const cohortStepSchema = z.object({
  cohortSlug: z.string({ error: "Vælg et hold." }).trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Vælg et hold."),
});

const municipalityCode = z.string({ error: "Vælg jeres kommune." }).trim().regex(/^\d{4}$/, "Vælg jeres kommune.");

const contactShape = {
  contactName: requiredText("Skriv kontaktpersonens navn."),
  contactTitle: requiredText("Skriv kontaktpersonens stilling."),
  contactEmail: emailField,
  contactPhone: phoneField,
};

/** Municipality (one of the 98, whose codes the caller knows from the database) and the contact person. */
export function municipalityStepSchema(knownCodes: ReadonlySet<string>) {
  return z.object({
    municipalityCode: municipalityCode.refine((code) => knownCodes.has(code), "Vælg en kommune fra listen."),
    ...contactShape,
  });
}

export const participantsStepSchema = z.object({
  participants: z
    .array(participantSchema)
    .min(1, "Tilmeld mindst én deltager.")
    .max(MAX_PARTICIPANTS_PER_DIRECTION, `Højst ${MAX_PARTICIPANTS_PER_DIRECTION} deltagere pr. direktion.`)
    .superRefine((participants, ctx) => {
      const seen = new Set<string>();
      participants.forEach((p, index) => {
        if (seen.has(p.email)) ctx.addIssue({ code: "custom", path: [index, "email"], message: "Deltagerne skal have hver sin e-mailadresse." });
        seen.add(p.email);
      });
    }),
});

/** The same buyer rules as changing invoice details later (EAN/GLN check digit, CVR modulus 11, order number, personreference). */
export const invoiceStepSchema = invoiceDetailsSchema.omit({ directionId: true });

export const reviewStepSchema = z.object({
  acceptTerms: z.literal("on", { error: "Sæt kryds for at acceptere betingelserne." }),
  acceptWaitlist: checkbox,
});

/** Everything registerDirection needs, as the draft holds it after the last step. */
export const registrationInputSchema = z.object({
  cohortSlug: cohortStepSchema.shape.cohortSlug,
  municipalityCode,
  ...contactShape,
  participants: participantsStepSchema.shape.participants,
  ...invoiceStepSchema.shape,
  acceptWaitlist: z.boolean().default(false),
});

export type RegistrationInput = z.output<typeof registrationInputSchema>;
export type RegistrationInputDraft = z.input<typeof registrationInputSchema>;
