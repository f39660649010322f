import { z } from "zod";
import { emailField } from "@/lib/schemas/email";
import { PARTNER_ASSOCIATIONS } from "@/domain/fields";

const PARTNER_CODES = PARTNER_ASSOCIATIONS.map((p) => p.code) as [string, ...string[]];

export const inviteUserSchema = z
  .object({
    email: emailField,
    name: z.string().trim().max(120, "Højst 120 tegn.").optional().transform((v) => v || null),
    role: z.enum(["STAFF", "PARTNER"], { error: "Vælg en rolle." }),
    partnerCode: z.string().optional().transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.role === "PARTNER" && !value.partnerCode) ctx.addIssue({ code: "custom", path: ["partnerCode"], message: "Vælg partnerens forening." });
    if (value.partnerCode && !PARTNER_CODES.includes(value.partnerCode)) ctx.addIssue({ code: "custom", path: ["partnerCode"], message: "Vælg en forening fra listen." });
  })
  .transform((value) => ({ ...value, partnerCode: value.role === "PARTNER" ? value.partnerCode : null }));

export type InviteUserInput = z.output<typeof inviteUserSchema>;
