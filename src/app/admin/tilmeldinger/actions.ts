"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { errorState, fieldErrorsOf, formValues, formText, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { DomainError } from "@/domain/errors";
import { actionOutcome } from "@/server/actions/action-outcome";
import { moveDirection } from "@/server/directions/move-direction";
import { cancelDirection } from "@/server/directions/cancel-direction";
import { removeParticipant } from "@/server/participants/remove-participant";
import { correctInvoiceDetails } from "@/server/invoices/correct-invoice-details";
import { invoiceDetailsSchema } from "@/lib/schemas/invoice-details";
import { approvePendingDirection } from "@/server/directions/approve-pending-direction";
import { refusePendingDirection } from "@/server/directions/refuse-pending-direction";

/** Approve and refuse are offered on the dashboard and on the direction's page; back to where it was done. */
function pendingReturnPath(formData: FormData, directionId: string): string {
  return formText(formData, "from") === "overblik" ? "/admin" : `/admin/tilmeldinger/${directionId}`;
}

export async function approveDirectionAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const directionId = formText(formData, "directionId");
  const addDomain = formData.get("addDomain") === "on";
  await actionOutcome(
    () => approvePendingDirection({ actor, directionId, addDomain }),
    pendingReturnPath(formData, directionId),
    (result) => ((result as { domainAdded: string | null }).domainAdded ? "direction-approved-domain" : "direction-approved"),
  );
}

export async function refuseDirectionAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const directionId = formText(formData, "directionId");
  const reason = formText(formData, "reason").trim();
  await actionOutcome(
    async () => {
      if (reason.length > 500) throw new DomainError("VALIDATION", { field: "reason" });
      return refusePendingDirection({ actor, directionId, reason });
    },
    pendingReturnPath(formData, directionId),
    "direction-refused",
  );
}

export async function moveDirectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const directionId = values.directionId ?? "";
  const targetCohortId = values.targetCohortId ?? "";
  if (!targetCohortId) return errorState(values, "Vælg det hold, tilmeldingen skal flyttes til.", { targetCohortId: "Vælg et hold." });
  try {
    await moveDirection({ actor, directionId, targetCohortId });
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/tilmeldinger/${directionId}?ok=direction-moved`);
}

export async function cancelDirectionAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const directionId = formText(formData, "directionId");
  const withFee = formData.get("fee") === "with";
  const reason = formText(formData, "reason").trim() || undefined;
  await actionOutcome(
    async () => {
      // Refused, not cut short: the reason is printed on the credit note.
      if (reason && reason.length > 500) throw new DomainError("VALIDATION", { field: "reason" });
      return cancelDirection({ actor, directionId, withFee, reason });
    },
    `/admin/tilmeldinger/${directionId}`,
    "direction-cancelled",
    `/admin/tilmeldinger/${directionId}/annuller`,
  );
}

export async function removeParticipantAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const directionId = formText(formData, "directionId");
  const participantId = formText(formData, "participantId");
  const withFee = formData.get("fee") === "with";
  await actionOutcome(() => removeParticipant({ actor, participantId, withFee }), `/admin/tilmeldinger/${directionId}`, "participant-removed");
}

export async function correctInvoiceDetailsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const parsed = invoiceDetailsSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek de markerede felter.", fieldErrorsOf(parsed.error));
  const { directionId, ...input } = parsed.data;
  let corrected: boolean;
  try {
    corrected = (await correctInvoiceDetails({ actor, directionId, input })).credited.length > 0;
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/tilmeldinger/${directionId}?ok=${corrected ? "invoice-details-corrected" : "invoice-details-saved"}`);
}
