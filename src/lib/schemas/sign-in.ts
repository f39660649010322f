import { z } from "zod";
import { emailField } from "@/lib/schemas/email";

export const signInSchema = z.object({
  email: emailField,
  // Only same-site paths; anything else falls back to the director's page.
  tilbage: z
    .string()
    .optional()
    .transform((v) => (v && /^\/(?!\/)[\w\-/?=&.%]*$/.test(v) ? v : "/min-tilmelding")),
});
