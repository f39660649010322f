"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { programmeSettingsSchema } from "@/lib/schemas/programme-settings";
import { errorState, fieldErrorsOf, formValues, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { updateProgrammeSettings } from "@/server/programme/update-programme-settings";

export async function updateProgrammeSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const parsed = programmeSettingsSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek de markerede felter.", fieldErrorsOf(parsed.error));
  try {
    await updateProgrammeSettings({ actor, input: parsed.data });
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/", "layout");
  redirect("/admin/indstillinger?ok=settings-saved");
}
