"use server";

import { redirect } from "next/navigation";
import { formValues } from "@/lib/form-state";
import { isDomainError } from "@/domain/errors";
import { failureState } from "@/server/action-result";
import { requireRole } from "@/server/auth/session";
import { newDraft, verifyDraft } from "@/server/registration/draft-token";
import { loadRegistrationOptions } from "@/server/registration/load-registration-options";
import { registerDirection } from "@/server/registration/register-direction";
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

  const outcome = advance({ draft, values, user, options });
  if (outcome.kind === "render") return outcome.state;

  let result;
  try {
    result = await registerDirection({ actor: user, input: outcome.input, idempotencyKey: outcome.idempotencyKey });
  } catch (error) {
    const failed = failureState(error, values);
    // Too many participants for the cohort's rules (the limit per direction, the minimum's reserve): back to the participants, saying why.
    if (isDomainError(error) && error.details.field === "participants") {
      return renderState("deltagere", outcome.draft, user, options, { status: "error", message: failed.message, fieldErrors: failed.fieldErrors });
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
  redirect("/min-tilmelding?ny=1");
}
