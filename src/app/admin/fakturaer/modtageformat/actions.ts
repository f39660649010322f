"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { errorState, fieldErrorsOf, formText, formValues, type FormState } from "@/lib/form-state";
import { eanFormatSchema, municipalityFormatSchema } from "@/lib/schemas/receiver-format";
import { DomainError } from "@/domain/errors";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { setMunicipalityFormat } from "@/server/invoices/set-municipality-format";
import { setEanFormat } from "@/server/invoices/set-ean-format";
import { removeEanFormat } from "@/server/invoices/remove-ean-format";

const PAGE = "/admin/fakturaer/modtageformat";

export async function setMunicipalityFormatAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const parsed = municipalityFormatSchema.safeParse(formValues(formData));
  await actionOutcome(
    () => {
      if (!parsed.success) throw new DomainError("VALIDATION");
      return setMunicipalityFormat({ actor, ...parsed.data });
    },
    PAGE,
    "receiver-format-saved",
  );
}

export async function setEanFormatAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const parsed = eanFormatSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek de markerede felter.", fieldErrorsOf(parsed.error));
  try {
    await setEanFormat({ actor, ...parsed.data });
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath(PAGE);
  redirect(`${PAGE}?ok=receiver-format-saved`);
}

export async function removeEanFormatAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const ean = formText(formData, "ean");
  await actionOutcome(() => removeEanFormat({ actor, ean }), PAGE, "receiver-format-removed");
}
