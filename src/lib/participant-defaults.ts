import type { Participant } from "@/generated/prisma/client";

// Kept out of the "use client" form module: a server page importing a value from there gets a client reference, not the object.
export type ParticipantDefaults = {
  name: string;
  jobTitle: string;
  field: string;
  email: string;
  phone: string;
  overnightStay: boolean;
  dietaryNeeds: string;
  dietaryConsent: boolean;
  accessibilityNeeds: string;
  networkConsent: boolean;
};

export const EMPTY_PARTICIPANT: ParticipantDefaults = {
  name: "",
  jobTitle: "",
  field: "",
  email: "",
  phone: "",
  overnightStay: true,
  dietaryNeeds: "",
  dietaryConsent: false,
  accessibilityNeeds: "",
  networkConsent: false,
};


export function participantDefaults(p: Participant): ParticipantDefaults {
  return {
    name: p.name,
    jobTitle: p.jobTitle,
    field: p.field,
    email: p.email,
    phone: p.phone,
    overnightStay: p.overnightStay,
    dietaryNeeds: p.dietaryNeeds ?? "",
    dietaryConsent: p.dietaryConsent,
    accessibilityNeeds: p.accessibilityNeeds ?? "",
    networkConsent: p.networkConsent,
  };
}
