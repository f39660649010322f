import "server-only";
import { db, lockCohort, transaction } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { changePlaces } from "@/server/cohorts/placement";
import { renumberWaitlist, waitlistOrder } from "@/server/waitlist/waitlist-positions";

/**
 * Expires unanswered offers and passes their places on. A direction that let its offer lapse
 * moves to the back of the waiting list (and is skipped in this round), so the next in line
 * gets the place; it can still be offered a place later. Cheap when nothing is due: one query.
 */
export async function expireWaitlistOffers({ now = new Date() }: { now?: Date } = {}) {
  const due = await db.waitlistOffer.findMany({ where: { status: "OPEN", expiresAt: { lt: now } }, select: { cohortId: true }, distinct: ["cohortId"] });
  let expired = 0;
  let offered = 0;
  for (const { cohortId } of due) {
    const result = await transaction(async (tx) => {
      // Read under the lock: an offer accepted a moment ago must not be expired.
      await lockCohort(tx, cohortId);
      const lapsed = await tx.waitlistOffer.findMany({ where: { cohortId, status: "OPEN", expiresAt: { lt: now } } });
      const skip = lapsed.map((offer) => offer.directionId);
      const { offers } = await changePlaces(tx, { cohortId, change: { kind: "RELEASE_HOLDS" }, actor: SYSTEM_ACTOR, now, skipOffers: skip }, async () => {
        for (const offer of lapsed) {
          await tx.waitlistOffer.update({ where: { id: offer.id }, data: { status: "EXPIRED", respondedAt: now } });
          await recordAudit(tx, { actor: SYSTEM_ACTOR, action: "waitlist.offer.expire", entityType: "WaitlistOffer", entityId: offer.id, directionId: offer.directionId, before: { status: "OPEN" }, after: { status: "EXPIRED" } });
        }
        const order = await waitlistOrder(tx, cohortId);
        const stillWaiting = order.filter((id) => skip.includes(id));
        if (stillWaiting.length > 0) await renumberWaitlist(tx, cohortId, [...order.filter((id) => !skip.includes(id)), ...stillWaiting]);
      });
      return { expired: lapsed.length, offered: offers.length };
    });
    expired += result.expired;
    offered += result.offered;
  }
  if (offered > 0) kickOutbox();
  return { expired, offered };
}
