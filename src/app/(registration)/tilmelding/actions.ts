"use server";

import { redirect } from "next/navigation";
import { formValues } from "@/lib/form-state";
import { errorMessage, isDomainError } from "@/domain/errors";
import { findMunicipalityRegistration } from "@/server/directions/find-municipality-registration";
import { registrationWillNeedApproval } from "@/server/municipalities/municipality-domains";
import { failureState } from "@/server/actions/action-result";
import { requireRole } from "@/server/auth/session";
import { newDraft, verifyDraft } from "@/server/directions/draft-token";
import { loadRegistrationOptions } from "@/server/directions/load-registration-options";
import { registerDirection } from "@/server/directions/register-direction";
import { advance, needsChoiceState, renderState } from "./registration-steps";
import type { RegistrationState } from "./registration-state";

/** Every step of /tilmelding posts here: validate the step, carry the signed draft on, and finally register. */
export async function registrationAction(previous: RegistrationState, formData: FormData): Promise<RegistrationState> {
  const values = formValues(formData);
  let user;
  try {
    // Any director may register a municipality; staff may register on a municipality's behalf.
    user = await requireRole("DIRECTOR", "STAFF");
  } catch (error) {
    return { ...previous, ...failureState(error, values) };
  }
  const options = await loadRegistrationOptions();
  const draft = verifyDraft(values.token, { userId: user.id });
  if (!draft) {
    return renderState("hold", newDraft({ userId: user.id }), user, options, {
      status: "error",
      message: "Tilmeldingen er udløbet eller kunne ikke læses. Start venligst forfra.",
    });
  }

  // The municipality is checked where it is chosen, not three steps later: another's
  // registration is said next to the field (nothing entered is lost), one's own opens Min tilmelding.
  if (values.step === "kommune" && (values.intent ?? "next") === "next" && values.municipalityCode) {
    const existing = await findMunicipalityRegistration({ actor: user, cohortSlug: draft.cohortSlug, municipalityCode: values.municipalityCode });
    if (existing.kind === "OWN") redirect("/min-tilmelding?allerede=1");
    if (existing.kind !== "FREE") {
      const message = errorMessage(existing.kind === "PENDING" ? "MUNICIPALITY_PENDING_APPROVAL" : "MUNICIPALITY_ALREADY_REGISTERED");
      return renderState("kommune", draft, user, options, { status: "error", message, fieldErrors: { municipalityCode: message }, values });
    }
  }

  const outcome = advance({ draft, values, user, options });
  if (outcome.kind === "render") {
    // The review says beforehand when the registration will wait for approval (the address is not the municipality's).
    const code = outcome.state.step === "godkend" ? outcome.state.draft.municipality?.municipalityCode : undefined;
    if (!code) return outcome.state;
    return { ...outcome.state, needsApproval: await registrationWillNeedApproval({ person: user, municipalityCode: code }) };
  }

  let result;
  try {
    result = await registerDirection({ actor: user, input: outcome.input, idempotencyKey: outcome.idempotencyKey });
  } catch (error) {
    const failed = failureState(error, values);
    // Too many participants for the cohort's rules (the limit per direction, the minimum's reserve): back to the participants, saying why.
    if (isDomainError(error) && error.details.field === "participants") {
      return renderState("deltagere", outcome.draft, user, options, { status: "error", message: failed.message, fieldErrors: failed.fieldErrors });
    }
    // The municipality was registered by someone else meanwhile: back to where it is chosen.
    if (isDomainError(error) && error.details.field === "municipalityCode") {
      return renderState("kommune", outcome.draft, user, options, { status: "error", message: failed.message, fieldErrors: failed.fieldErrors });
    }
    return renderState("godkend", outcome.draft, user, options, { status: "error", message: failed.message, values: { acceptTerms: "on" } });
  }
  if (result.kind === "NEEDS_CHOICE") {
    return needsChoiceState({ ...outcome.draft, cohortSlug: result.cohortSlug }, user, options, {
      reason: result.reason,
      cohortTitle: result.cohortTitle,
      waitlistPosition: result.waitlistPosition,
      alternatives: result.alternatives,
    });
  }
  redirect(result.kind === "PENDING_APPROVAL" ? "/min-tilmelding?afventer=1" : "/min-tilmelding?ny=1");
}
