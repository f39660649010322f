import "server-only";
import { transaction } from "@/server/db";
import { assertStaff } from "@/server/auth/assert-role";
import { kickOutbox } from "@/server/email/outbox-worker";
import { offerWaitlistSeats } from "@/server/registration/offer-waitlist-seats";
import type { CurrentUser } from "@/server/auth/session";

/** Staff nudge: offers any free places to the waiting list now (e.g. after raising the cap). */
export async function offerFreedSeats({ actor, cohortId, now = new Date() }: { actor: CurrentUser | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  const offers = await transaction((tx) => offerWaitlistSeats({ tx, cohortId, now }));
  if (offers.length > 0) kickOutbox();
  return offers.length;
}
