import "server-only";
import { transaction } from "@/server/db";
import { actorOf } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { kickOutbox } from "@/server/email/outbox-worker";
import { changePlaces } from "@/server/cohorts/placement";
import type { CurrentUser } from "@/server/auth/session";

/** Staff nudge: offers any free places to the waiting list now, by the same rules as every freeing path. */
export async function offerFreedSeats({ actor, cohortId, now = new Date() }: { actor: CurrentUser | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  const { offers } = await transaction((tx) => changePlaces(tx, { cohortId, change: { kind: "OFFER_FREED_PLACES" }, actor: actorOf(actor), now }, async () => undefined));
  if (offers.length > 0) kickOutbox();
  return offers.length;
}
