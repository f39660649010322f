"use server";

import { followCohortSchema } from "@/lib/schemas/follow-cohort";
import { errorState, fieldErrorsOf, formValues, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { followCohort } from "@/server/cohorts/follow-cohort";

export async function followCohortAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = followCohortSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek e-mailadressen.", fieldErrorsOf(parsed.error));
  // No sign-in: anyone may ask for one mail about a cohort.
  try {
    await followCohort(parsed.data);
  } catch (error) {
    return failureState(error, values);
  }
  return {
    status: "success",
    message: `Tak. Vi sender én mail til ${parsed.data.email}, når datoerne er på plads, og sletter derefter adressen.`,
    fieldErrors: {},
    values: { slug: parsed.data.slug },
  };
}
