"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { cohortMessageSchema } from "@/lib/schemas/cohort-message";
import { errorState, fieldErrorsOf, formValues, formText, wholeNumber, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { previewCohortMessage } from "@/server/email/preview-cohort-message";
import { sendCohortMessage } from "@/server/email/send-cohort-message";
import { updateReminderDays } from "@/server/email/update-reminder-days";
import type { EmailBlock } from "@/emails/render-email";

export type MessageState = FormState & { preview?: { blocks: EmailBlock[]; text: string; subject: string; recipients: number } };

/** Step 1 ("Forhåndsvis") renders the mail and counts recipients; step 2 ("Send") queues it. */
export async function cohortMessageAction(_previous: MessageState, formData: FormData): Promise<MessageState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const parsed = cohortMessageSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek de markerede felter.", fieldErrorsOf(parsed.error));
  if (values.step !== "send") {
    const preview = await previewCohortMessage({ input: parsed.data });
    if (!preview) return errorState(values, "Vælg et hold.", { cohortId: "Vælg et hold." });
    return { status: "success", fieldErrors: {}, values, preview };
  }
  let batchId: string;
  try {
    batchId = (await sendCohortMessage({ actor, input: parsed.data })).batchId;
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/kommunikation/${batchId}`);
}

export async function updateReminderDaysAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const days = wholeNumber(formText(formData, "reminderDaysBefore"));
  await actionOutcome(() => updateReminderDays({ actor, days }), "/admin/kommunikation", "reminders-saved");
}
