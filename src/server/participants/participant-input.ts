import "server-only";
import { DomainError } from "@/domain/errors";
import type { Field } from "@/generated/prisma/client";

/** A participant's details as the participant form's schema yields them. */
export type ParticipantInput = {
  name: string;
  jobTitle: string;
  field: Field;
  email: string;
  phone?: string | null;
  overnightStay: boolean;
  dietaryNeeds?: string | null;
  dietaryConsent: boolean;
  accessibilityNeeds?: string | null;
  networkConsent: boolean;
};

/** Row data for a participant; the consent rule is re-checked here because the form is not the only caller. */
export function participantData(input: ParticipantInput) {
  const dietaryNeeds = input.dietaryNeeds?.trim() || null;
  if (dietaryNeeds !== null && !input.dietaryConsent) throw new DomainError("VALIDATION", { field: "dietaryConsent" });
  return {
    name: input.name.trim(),
    jobTitle: input.jobTitle.trim(),
    field: input.field,
    email: input.email.trim().toLowerCase(),
    phone: input.phone?.trim() ?? "",
    overnightStay: input.overnightStay,
    dietaryNeeds,
    dietaryConsent: input.dietaryConsent,
    accessibilityNeeds: input.accessibilityNeeds?.trim() || null,
    networkConsent: input.networkConsent,
  };
}
