"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { isDomainError } from "@/domain/errors";
import { errorState, formText, formValues, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { addMunicipalityDomain } from "@/server/municipalities/add-municipality-domain";
import { removeMunicipalityDomain } from "@/server/municipalities/remove-municipality-domain";

const back = (code: string) => `/admin/kommuner/${code}`;

// The field's own wording for the two refusals a typed domain can get.
const DOMAIN_FIELD_ERRORS: Record<string, string> = {
  INVALID_DOMAIN: "Skriv et domæne som aarhus.dk.",
  DOMAIN_TAKEN: "Domænet hører allerede til en anden kommune.",
};

export async function addMunicipalityDomainAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const municipalityCode = formText(formData, "municipalityCode");
  try {
    await addMunicipalityDomain({ actor, municipalityCode, domain: formText(formData, "domain") });
  } catch (error) {
    const fieldError = isDomainError(error) ? DOMAIN_FIELD_ERRORS[error.code] : undefined;
    // What was typed stays in the field (the state's values), whatever React does to the form.
    return fieldError ? errorState(values, fieldError, { domain: fieldError }) : failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`${back(municipalityCode)}?ok=domain-added`);
}

export async function removeMunicipalityDomainAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const municipalityCode = formText(formData, "municipalityCode");
  await actionOutcome(() => removeMunicipalityDomain({ actor, municipalityCode, domain: formText(formData, "domain") }), back(municipalityCode), "domain-removed");
}
