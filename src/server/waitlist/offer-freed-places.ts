import "server-only";
import { transaction } from "@/server/db";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { changePlaces } from "@/server/cohorts/placement";

/** Staff nudge: offers any free places to the waiting list now, by the same rules as every freeing path. */
export async function offerFreedPlaces({ actor, cohortId, now = new Date() }: { actor: Actor | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  const { offers } = await transaction((tx) => changePlaces(tx, { cohortId, change: { kind: "OFFER_FREED_PLACES" }, actor, now }, async () => undefined));
  if (offers.length > 0) kickOutbox();
  return offers.length;
}
