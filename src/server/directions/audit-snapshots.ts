import "server-only";
import type { Participant } from "@/generated/prisma/client";

/**
 * A participant as the audit log records them. Dietary needs can be health data (GDPR art. 9)
 * and are erased after the programme; the audit log is kept, so it records only whether
 * needs were given, never the text.
 */
export function participantSnapshot(p: Pick<Participant, "name" | "jobTitle" | "field" | "email" | "phone" | "overnightStay" | "dietaryNeeds" | "dietaryConsent" | "accessibilityNeeds" | "networkConsent" | "status">) {
  return {
    name: p.name,
    jobTitle: p.jobTitle,
    field: p.field,
    email: p.email,
    phone: p.phone,
    overnightStay: p.overnightStay,
    dietaryNeedsGiven: p.dietaryNeeds !== null && p.dietaryNeeds !== "",
    dietaryConsent: p.dietaryConsent,
    accessibilityNeedsGiven: p.accessibilityNeeds !== null && p.accessibilityNeeds !== "",
    networkConsent: p.networkConsent,
    status: p.status,
  };
}
