"use server";

import { formText } from "@/lib/form-state";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { retryEmail } from "@/server/email/retry-email";

export async function retryEmailAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const emailId = formText(formData, "emailId");
  await actionOutcome(() => retryEmail({ actor, emailId }), "/admin/udbakke", "email-retried");
}

export async function retryAllFailedAction(_formData: FormData) {
  const actor = await requireActionRole("STAFF");
  await actionOutcome(() => retryEmail({ actor }), "/admin/udbakke", "emails-retried");
}
