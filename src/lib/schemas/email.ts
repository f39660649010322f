import { z } from "zod";
import { isStrictEmail, normaliseEmail } from "@/domain/email-address";

/** One plain e-mail address, normalised to lower case. Shared by every form. */
export const emailField = z
  .string({ error: "Skriv en e-mailadresse." })
  .trim()
  .min(1, "Skriv en e-mailadresse.")
  .max(254, "E-mailadressen er for lang.")
  .transform(normaliseEmail)
  .refine(isStrictEmail, "Skriv én gyldig e-mailadresse, fx navn@kommune.dk.");
