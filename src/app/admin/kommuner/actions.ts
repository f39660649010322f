"use server";

import { formText } from "@/lib/form-state";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { addMunicipalityDomain } from "@/server/municipalities/add-municipality-domain";
import { removeMunicipalityDomain } from "@/server/municipalities/remove-municipality-domain";

const back = (code: string) => `/admin/kommuner/${code}`;

export async function addMunicipalityDomainAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const municipalityCode = formText(formData, "municipalityCode");
  const domain = formText(formData, "domain");
  // What was typed comes back in the field on an error, less the characters that would shape the URL.
  const typed = domain.replace(/[&#?%+=/\\\r\n]/g, "").slice(0, 100);
  await actionOutcome(() => addMunicipalityDomain({ actor, municipalityCode, domain }), back(municipalityCode), "domain-added", `${back(municipalityCode)}?domaene=${typed}`);
}

export async function removeMunicipalityDomainAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const municipalityCode = formText(formData, "municipalityCode");
  await actionOutcome(() => removeMunicipalityDomain({ actor, municipalityCode, domain: formText(formData, "domain") }), back(municipalityCode), "domain-removed");
}
