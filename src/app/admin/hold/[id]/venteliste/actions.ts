"use server";

import { formText, wholeNumber } from "@/lib/form-state";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { offerFreedPlaces } from "@/server/waitlist/offer-freed-places";
import { promoteFromWaitlist } from "@/server/waitlist/promote-from-waitlist";
import { reorderWaitlist } from "@/server/waitlist/reorder-waitlist";

export async function promoteAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const cohortId = formText(formData, "cohortId");
  const directionId = formText(formData, "directionId");
  await actionOutcome(
    () => promoteFromWaitlist({ actor, directionId }),
    `/admin/hold/${cohortId}/venteliste`,
    // Registered from outside the municipality's domains: it holds the place, and waits for approval on the dashboard.
    (result) => ((result as { direction: { status: string } }).direction.status === "PENDING_APPROVAL" ? "waitlist-promoted-pending" : "waitlist-promoted"),
  );
}

export async function reorderAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const cohortId = formText(formData, "cohortId");
  const directionId = formText(formData, "directionId");
  const newPosition = wholeNumber(formText(formData, "newPosition"));
  await actionOutcome(() => reorderWaitlist({ actor, cohortId, directionId, newPosition }), `/admin/hold/${cohortId}/venteliste`, "waitlist-reordered");
}

export async function offerSeatsAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const cohortId = formText(formData, "cohortId");
  await actionOutcome(() => offerFreedPlaces({ actor, cohortId }), `/admin/hold/${cohortId}/venteliste`, "waitlist-offered");
}
