import { z } from "zod";

export const AUDIENCES = ["PARTICIPANTS", "CONTACTS"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  PARTICIPANTS: "Alle deltagere",
  CONTACTS: "Alle direktioners kontaktpersoner",
};

export const cohortMessageSchema = z.object({
  cohortId: z.string({ error: "Vælg et hold." }).min(1, "Vælg et hold."),
  audience: z.enum(AUDIENCES, { error: "Vælg modtagere." }),
  subject: z.string({ error: "Skriv et emne." }).trim().min(3, "Skriv et emne.").max(150, "Emnet må højst være 150 tegn."),
  body: z.string({ error: "Skriv en besked." }).trim().min(10, "Skriv en besked.").max(10_000, "Beskeden må højst være 10.000 tegn."),
});

export type CohortMessageInput = z.output<typeof cohortMessageSchema>;
