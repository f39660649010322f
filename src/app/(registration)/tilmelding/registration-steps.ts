import "server-only";
import { randomUUID } from "node:crypto";
import { CHECK_FIELDS_MESSAGE, fieldErrorsOf } from "@/lib/form-state";
import { errorMessage } from "@/domain/errors";
import { atParticipantLimit } from "@/domain/capacity";
import {
  cohortStepSchema,
  invoiceStepSchema,
  municipalityStepSchema,
  participantsStepSchema,
  registrationInputSchema,
  reviewStepSchema,
  type RegistrationInput,
} from "@/lib/schemas/registration";
import type { ParticipantFormInput } from "@/lib/schemas/participant";
import type { RegistrationDraft } from "@/lib/draft-signature";
import { signDraft } from "@/server/directions/draft-token";
import { participantRows, STEPS, stepIndex, type NeedsChoiceView, type RegistrationOptions, type RegistrationState, type Step } from "./registration-state";

// The step machine of /tilmelding: each POST carries the signed draft of the steps before
// it plus the fields of the current step; this validates the current step with its schema
// and either re-renders it (errors next to fields, input kept) or moves on.

type User = { id: string; email: string; name: string | null };

export type StepOutcome = { kind: "render"; state: RegistrationState } | { kind: "submit"; input: RegistrationInput; idempotencyKey: string; draft: RegistrationDraft };

/** The first step whose data the draft lacks: the furthest the director may go. */
export function firstIncomplete(draft: RegistrationDraft): Step {
  if (!draft.cohortSlug) return "hold";
  if (!draft.municipality) return "kommune";
  if (!draft.participants) return "deltagere";
  if (!draft.invoice) return "faktura";
  return "godkend";
}

function checkbox(value: boolean): string | undefined {
  return value ? "on" : undefined;
}

function participantValues(participants: ParticipantFormInput[]): Record<string, string> {
  const values: Record<string, string> = {};
  participants.forEach((p, i) => {
    const row: Record<string, string | undefined> = {
      name: p.name,
      jobTitle: p.jobTitle,
      field: p.field,
      email: p.email,
      phone: p.phone ?? "",
      overnightStay: checkbox(p.overnightStay),
      dietaryNeeds: p.dietaryNeeds ?? "",
      dietaryConsent: checkbox(p.dietaryConsent),
      accessibilityNeeds: p.accessibilityNeeds ?? "",
      networkConsent: checkbox(p.networkConsent),
    };
    for (const [key, value] of Object.entries(row)) if (value !== undefined) values[`participants.${i}.${key}`] = value;
  });
  return values;
}

/** A new participant row: overnight stay is the rule, so it starts ticked. */
function emptyRow(index: number): Record<string, string> {
  return { [`participants.${index}.name`]: "", [`participants.${index}.overnightStay`]: "on" };
}

function stripNulls<T extends Record<string, unknown>>(value: T): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, String(v)]));
}

function valuesFor(step: Step, draft: RegistrationDraft, user: User, options: RegistrationOptions): Record<string, string> {
  switch (step) {
    case "hold":
      return draft.cohortSlug ? { cohortSlug: draft.cohortSlug } : {};
    case "kommune":
      return draft.municipality ? { ...draft.municipality } : { contactEmail: user.email, contactName: user.name ?? "" };
    case "deltagere":
      return draft.participants ? participantValues(draft.participants) : emptyRow(0);
    case "faktura": {
      if (draft.invoice) return stripNulls(draft.invoice);
      const municipality = options.municipalities.find((m) => m.code === draft.municipality?.municipalityCode);
      return municipality ? { billingName: municipality.officialName } : {};
    }
    case "godkend":
      return {};
  }
}

export function renderState(
  step: Step | "valg",
  draft: RegistrationDraft,
  user: User,
  options: RegistrationOptions,
  extra: Partial<Pick<RegistrationState, "status" | "message" | "fieldErrors" | "values" | "municipalityQuery" | "choice" | "focus">> = {},
): RegistrationState {
  const signed: RegistrationDraft = { ...draft, issuedAt: Date.now() };
  return {
    status: extra.status ?? "idle",
    message: extra.message,
    fieldErrors: extra.fieldErrors ?? {},
    values: extra.values ?? (step === "valg" ? {} : valuesFor(step, signed, user, options)),
    step,
    token: signDraft(signed),
    draft: { cohortSlug: draft.cohortSlug, municipality: draft.municipality, participants: draft.participants, invoice: draft.invoice },
    municipalityQuery: extra.municipalityQuery ?? "",
    choice: extra.choice,
    focus: extra.focus,
    participantLimit: options.maxParticipantsPerDirection,
  };
}

/** Participant inputs renumbered 0..n-1, so field paths match the schema's array indices. */
function compactParticipantValues(values: Record<string, string>, drop?: number): Record<string, string> {
  const rows = participantRows(values).filter((r) => r !== drop);
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (!key.startsWith("participants.")) result[key] = value;
  rows.forEach((row, index) => {
    const prefix = `participants.${row}.`;
    for (const [key, value] of Object.entries(values)) {
      if (key.startsWith(prefix)) result[`participants.${index}.${key.slice(prefix.length)}`] = value;
    }
  });
  return result;
}

function participantsFrom(values: Record<string, string>) {
  return participantRows(values).map((row) => {
    const get = (key: string) => values[`participants.${row}.${key}`];
    return {
      name: get("name") ?? "",
      jobTitle: get("jobTitle") ?? "",
      field: get("field") ?? "",
      email: get("email") ?? "",
      phone: get("phone"),
      overnightStay: get("overnightStay"),
      dietaryNeeds: get("dietaryNeeds"),
      dietaryConsent: get("dietaryConsent"),
      accessibilityNeeds: get("accessibilityNeeds"),
      networkConsent: get("networkConsent"),
    };
  });
}

const STEP_ERROR = CHECK_FIELDS_MESSAGE;

/** The limit's error on the participant list, which the error summary links to. */
function participantLimitError(options: RegistrationOptions): Record<string, string> {
  return { participants: errorMessage("PARTICIPANT_LIMIT", { max: options.maxParticipantsPerDirection }) };
}

/** Validates the posted step; on success the draft with the step saved, else the errors. */
function saveStep(step: Step, draft: RegistrationDraft, values: Record<string, string>, options: RegistrationOptions): { ok: true; draft: RegistrationDraft } | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string> } {
  switch (step) {
    case "hold": {
      const parsed = cohortStepSchema.safeParse(values);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
      if (!options.cohorts.some((c) => c.slug === parsed.data.cohortSlug)) return { ok: false, fieldErrors: { cohortSlug: "Holdet tager ikke imod tilmeldinger. Vælg et andet hold." }, values };
      return { ok: true, draft: { ...draft, cohortSlug: parsed.data.cohortSlug } };
    }
    case "kommune": {
      const parsed = municipalityStepSchema(new Set(options.municipalities.map((m) => m.code))).safeParse(values);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
      return { ok: true, draft: { ...draft, municipality: parsed.data } };
    }
    case "deltagere": {
      const compact = compactParticipantValues(values);
      const parsed = participantsStepSchema.safeParse({ participants: participantsFrom(compact) });
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: compact };
      // The server refuses more (PARTICIPANT_LIMIT); saying so here keeps the director on this step.
      if (parsed.data.participants.length > options.maxParticipantsPerDirection) {
        return { ok: false, fieldErrors: participantLimitError(options), values: compact };
      }
      return { ok: true, draft: { ...draft, participants: parsed.data.participants } };
    }
    case "faktura": {
      const parsed = invoiceStepSchema.safeParse(values);
      if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
      return { ok: true, draft: { ...draft, invoice: parsed.data } };
    }
    case "godkend":
      return { ok: true, draft };
  }
}

function fullInput(draft: RegistrationDraft, acceptWaitlist: boolean) {
  return registrationInputSchema.safeParse({
    cohortSlug: draft.cohortSlug,
    ...draft.municipality,
    participants: draft.participants,
    ...draft.invoice,
    // The saved step holds null for "no accounting string"; the form schema reads an absent field.
    accountingString: draft.invoice?.accountingString ?? undefined,
    acceptWaitlist,
  });
}

function isStep(value: string | undefined): value is Step {
  return (STEPS as readonly string[]).includes(value ?? "");
}

/** Decides what a POST of the registration form does, from the verified draft and the posted fields. */
export function advance({ draft, values, user, options }: { draft: RegistrationDraft; values: Record<string, string>; user: User; options: RegistrationOptions }): StepOutcome {
  const intent = values.intent ?? "next";
  const posted = values.step === "valg" ? "valg" : isStep(values.step) ? values.step : firstIncomplete(draft);
  const furthest = firstIncomplete(draft);
  const render = (step: Step | "valg", d: RegistrationDraft, extra?: Parameters<typeof renderState>[4]) => ({ kind: "render" as const, state: renderState(step, d, user, options, extra) });

  // A step the draft cannot have reached (an old tab, a hand-made POST) starts over where the draft ends.
  if (posted !== "valg" && stepIndex(posted) > stepIndex(furthest)) return render(furthest, draft);

  if (intent.startsWith("edit:")) {
    const target = intent.slice("edit:".length);
    return render(isStep(target) && stepIndex(target) <= stepIndex(furthest) ? target : furthest, draft);
  }

  if (posted === "valg") return choose({ draft, intent, options, user });

  if (intent === "back") {
    const saved = saveStep(posted, draft, values, options);
    const previous = STEPS[Math.max(0, stepIndex(posted) - 1)]!;
    return render(previous, saved.ok ? saved.draft : draft);
  }

  if (posted === "kommune" && (intent === "search" || intent === "search-clear")) {
    const query = intent === "search" ? (values.municipalitySearch ?? "").trim().slice(0, 60) : "";
    const { municipalitySearch: _ignored, ...kept } = values;
    return render("kommune", draft, { values: kept, municipalityQuery: query });
  }

  if (posted === "deltagere" && intent === "add-participant") {
    const compact = compactParticipantValues(values);
    const next = participantRows(compact).length;
    // A page from before the limit was reached (or without its sentence): no row beyond the limit.
    if (atParticipantLimit(next, options.maxParticipantsPerDirection)) {
      return render("deltagere", draft, { status: "error", message: STEP_ERROR, fieldErrors: participantLimitError(options), values: compact });
    }
    return render("deltagere", draft, { values: { ...compact, ...emptyRow(next) }, message: undefined, focus: `participants.${next}.name` });
  }
  if (posted === "deltagere" && intent.startsWith("remove-participant:")) {
    const row = Number(intent.slice("remove-participant:".length));
    const remaining = compactParticipantValues(values, row);
    return render("deltagere", draft, { values: participantRows(remaining).length > 0 ? remaining : { ...remaining, ...emptyRow(0) } });
  }

  if (posted === "godkend") {
    const review = reviewStepSchema.safeParse(values);
    if (!review.success) return render("godkend", draft, { status: "error", message: "Sæt kryds for at acceptere betingelserne.", fieldErrors: fieldErrorsOf(review.error), values });
    return submit(draft, false, user, options);
  }

  const saved = saveStep(posted, draft, values, options);
  if (!saved.ok) return render(posted, draft, { status: "error", message: STEP_ERROR, fieldErrors: saved.fieldErrors, values: saved.values });
  const nextStep = STEPS[stepIndex(posted) + 1] ?? "godkend";
  // The key is made once, when the review step is first shown: resubmitting the same draft creates one direction.
  const withKey = nextStep === "godkend" && !saved.draft.idempotencyKey ? { ...saved.draft, idempotencyKey: randomUUID() } : saved.draft;
  return render(nextStep, withKey);
}

function submit(draft: RegistrationDraft, acceptWaitlist: boolean, user: User, options: RegistrationOptions): StepOutcome {
  const full = fullInput(draft, acceptWaitlist);
  if (!full.success || !draft.idempotencyKey) {
    // Only an outdated draft gets here: every step was validated when it was saved.
    return { kind: "render", state: renderState(firstIncomplete(draft), draft, user, options, { status: "error", message: "Nogle oplysninger mangler. Tjek trinnene igen." }) };
  }
  return { kind: "submit", input: full.data, idempotencyKey: draft.idempotencyKey, draft };
}

function choose({ draft, intent, options, user }: { draft: RegistrationDraft; intent: string; options: RegistrationOptions; user: User }): StepOutcome {
  if (intent === "waitlist") return submit(draft, true, user, options);
  if (intent.startsWith("switch:")) {
    const slug = intent.slice("switch:".length);
    if (!options.cohorts.some((c) => c.slug === slug)) {
      return { kind: "render", state: renderState("godkend", draft, user, options, { status: "error", message: "Holdet tager ikke imod tilmeldinger. Vælg et andet hold." }) };
    }
    return submit({ ...draft, cohortSlug: slug }, false, user, options);
  }
  return { kind: "render", state: renderState("godkend", draft, user, options) };
}

export function needsChoiceState(draft: RegistrationDraft, user: User, options: RegistrationOptions, choice: NeedsChoiceView): RegistrationState {
  return renderState("valg", draft, user, options, { choice });
}
