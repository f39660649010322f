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

// The field's hint already says "uden @ og uden www", so the refusal next to it says only this.
const INVALID_DOMAIN_TEXT = "Skriv et domæne som aarhus.dk.";

export async function addMunicipalityDomainAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const municipalityCode = formText(formData, "municipalityCode");
  try {
    await addMunicipalityDomain({ actor, municipalityCode, domain: formText(formData, "domain") });
  } catch (error) {
    // What was typed stays in the field (the state's values), whatever React does to the form.
    if (isDomainError(error) && error.code === "INVALID_DOMAIN") return errorState(values, INVALID_DOMAIN_TEXT, { domain: INVALID_DOMAIN_TEXT });
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`${back(municipalityCode)}?ok=domain-added`);
}

export async function removeMunicipalityDomainAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const municipalityCode = formText(formData, "municipalityCode");
  await actionOutcome(() => removeMunicipalityDomain({ actor, municipalityCode, domain: formText(formData, "domain") }), back(municipalityCode), "domain-removed");
}
