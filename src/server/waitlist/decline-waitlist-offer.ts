import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { changePlaces } from "@/server/cohorts/placement";
import { loadDirectionLocked } from "@/server/directions/load-direction-locked";
import { compactWaitlist } from "@/server/waitlist/waitlist-positions";

/**
 * Declines an offered place. Declining takes the direction off the waiting list: otherwise
 * the very place they declined would be offered straight back to them. The placement owner
 * passes the place on to the next in line in the same transaction.
 */
export async function declineWaitlistOffer({ actor, token, now = new Date() }: { actor: Actor; token: string; now?: Date }) {
  const result = await transaction(async (tx) => {
    const head = await tx.waitlistOffer.findUnique({ where: { token }, select: { directionId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    const direction = await loadDirectionLocked(tx, { actor, directionId: head.directionId });
    const offer = await tx.waitlistOffer.findUniqueOrThrow({ where: { token } });
    if (offer.status !== "OPEN") throw new DomainError("OFFER_NOT_OPEN");
    if (direction.status !== "WAITLISTED") throw new DomainError("INVALID_STATE");

    const { result: declined, offers } = await changePlaces(tx, { cohortId: direction.cohortId, change: { kind: "RELEASE_HOLDS" }, actor, now }, async () => {
      const declined = await tx.waitlistOffer.update({ where: { id: offer.id }, data: { status: "DECLINED", respondedAt: now } });
      await tx.participant.updateMany({ where: { directionId: direction.id, status: "ACTIVE" }, data: { status: "CANCELLED" } });
      await tx.direction.update({ where: { id: direction.id }, data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null } });
      await recordAudit(tx, {
        actor,
        action: "waitlist.offer.decline",
        entityType: "Direction",
        entityId: direction.id,
        directionId: direction.id,
        before: { status: direction.status, waitlistPosition: direction.waitlistPosition, offerStatus: offer.status },
        after: { status: "CANCELLED", waitlistPosition: null, offerStatus: declined.status },
      });
      await compactWaitlist(tx, direction.cohortId);
      return declined;
    });
    return { offer: declined, offers };
  });
  kickOutbox();
  return result;
}
