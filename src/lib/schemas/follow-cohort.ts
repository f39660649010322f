import { z } from "zod";
import { emailField } from "@/lib/schemas/email";

export const followCohortSchema = z.object({
  slug: z.string().trim().min(1).max(100),
  email: emailField,
});
