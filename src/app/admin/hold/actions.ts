"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { cohortFormSchema } from "@/lib/schemas/cohort";
import { CHECK_FIELDS_MESSAGE, errorState, fieldErrorsOf, formValues, formText, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { DomainError } from "@/domain/errors";
import { actionOutcome } from "@/server/actions/action-outcome";
import { createCohort } from "@/server/cohorts/create-cohort";
import { listTakenCohortKeys } from "@/server/cohorts/list-taken-cohort-keys";
import { updateCohort } from "@/server/cohorts/update-cohort";
import { openCohort } from "@/server/cohorts/open-cohort";
import { closeCohort } from "@/server/cohorts/close-cohort";
import { completeCohort } from "@/server/cohorts/complete-cohort";
import { cancelCohort } from "@/server/cohorts/cancel-cohort";

export async function createCohortAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const parsed = cohortFormSchema(await listTakenCohortKeys()).safeParse(values);
  if (!parsed.success) return errorState(values, CHECK_FIELDS_MESSAGE, fieldErrorsOf(parsed.error));
  let id: string;
  try {
    id = (await createCohort({ actor, input: parsed.data })).id;
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/hold/${id}?ok=cohort-created`);
}

export async function updateCohortAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const cohortId = values.cohortId ?? "";
  const parsed = cohortFormSchema(await listTakenCohortKeys({ exceptCohortId: cohortId })).safeParse(values);
  if (!parsed.success) return errorState(values, CHECK_FIELDS_MESSAGE, fieldErrorsOf(parsed.error));
  try {
    await updateCohort({ actor, cohortId, input: parsed.data });
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/hold/${cohortId}?ok=cohort-saved`);
}

export async function openCohortAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const cohortId = formText(formData, "cohortId");
  await actionOutcome(() => openCohort({ actor, cohortId }), `/admin/hold/${cohortId}`, "cohort-opened");
}

export async function closeCohortAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const cohortId = formText(formData, "cohortId");
  await actionOutcome(() => closeCohort({ actor, cohortId }), `/admin/hold/${cohortId}`, "cohort-closed");
}

export async function completeCohortAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const cohortId = formText(formData, "cohortId");
  await actionOutcome(() => completeCohort({ actor, cohortId }), `/admin/hold/${cohortId}`, "cohort-completed");
}

export async function cancelCohortAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const cohortId = formText(formData, "cohortId");
  const reason = formText(formData, "reason").trim() || undefined;
  await actionOutcome(
    async () => {
      // Refused, not cut short: the reason goes into every notice to the directions.
      if (reason && reason.length > 1000) throw new DomainError("VALIDATION", { field: "reason" });
      return cancelCohort({ actor, cohortId, reason });
    }, `/admin/hold/${cohortId}`, "cohort-cancelled", `/admin/hold/${cohortId}/status?handling=aflys`);
}
