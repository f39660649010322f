// Types and pure helpers shared by the registration page, its client form and its action.
import type { Availability } from "@/domain/capacity";
import type { FormState } from "@/lib/form-state";
import type { ParticipantFormInput } from "@/lib/schemas/participant";

export const STEPS = ["hold", "kommune", "deltagere", "faktura", "godkend"] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Record<Step, string> = {
  hold: "Hold",
  kommune: "Kommune og kontaktperson",
  deltagere: "Deltagere",
  faktura: "Fakturering",
  godkend: "Godkend og tilmeld",
};

export type CohortOption = {
  slug: string;
  title: string;
  dates: string;
  deadline: string | null;
  availability: Availability;
  seatsLeft: number;
  directionSlotsLeft: number;
  /** The most participants a direction registering now may bring here (limit per direction, the minimum's reserve). */
  seatsForNewDirection: number;
  running: boolean;
  /** When this cohort's invoice is sent, under the programme's setting ("Fakturaen sendes, når holdet gennemføres."). */
  invoiceTiming: string;
};

export type MunicipalityOption = { code: string; name: string; officialName: string; regionName: string };

export type RegistrationOptions = {
  cohorts: CohortOption[];
  municipalities: MunicipalityOption[];
  pricePerParticipantOre: number;
  vatRateBasisPoints: number;
  cancellationTerms: string;
  /** The programme's limit on one direction's participants (the server refuses more). */
  maxParticipantsPerDirection: number;
};

/** The validated steps so far, for showing (never trusted: the action reads the signed token). */
export type DraftView = {
  cohortSlug?: string;
  municipality?: { municipalityCode: string; contactName: string; contactTitle: string; contactEmail: string; contactPhone: string };
  participants?: ParticipantFormInput[];
  invoice?: Record<"ean" | "cvr" | "orderNumber" | "personReference" | "billingName" | "billingStreet" | "billingPostalCode" | "billingCity", string> & { accountingString: string | null };
};

export type NeedsChoiceView = {
  reason: "DIRECTIONS_FULL" | "PARTICIPANTS_FULL";
  cohortTitle: string;
  waitlistPosition: number;
  alternatives: { slug: string; title: string; seatsLeft: number; directionSlotsLeft: number }[];
};

export type RegistrationState = FormState & {
  step: Step | "valg";
  token: string;
  draft: DraftView;
  municipalityQuery: string;
  choice?: NeedsChoiceView;
  /** A field to focus when this state is shown (the name input of a participant row just added). */
  focus?: string;
  /** The signed-in address is not on the chosen municipality's e-mail domains: the review says it will wait for approval. */
  needsApproval?: boolean;
  /** The programme's limit per direction as of this answer (staff may change it while the form is open). */
  participantLimit: number;
};

/** Row indices of the participant inputs in submitted values ("participants.3.name" → 3), in order. */
export function participantRows(values: Record<string, string>): number[] {
  const rows = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = /^participants\.(\d+)\.name$/.exec(key);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/** What a participant field's error belongs to, for the error summary: "participants.1.email" → "Deltager 2". */
export function participantContext(key: string): string | undefined {
  const match = /^participants\.(\d+)\./.exec(key);
  return match ? `Deltager ${Number(match[1]) + 1}` : undefined;
}

export function stepIndex(step: Step): number {
  return STEPS.indexOf(step);
}
