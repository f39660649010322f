import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import type { Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { confirmWaitlistedDirection } from "@/server/waitlist/confirm-waitlisted-direction";
import { loadDirectionLocked } from "@/server/directions/load-direction-locked";
import { kickTransmissions } from "@/server/invoices/transmission-worker";

/**
 * Accepts an offered place. The offer link is not enough on its own: the person must be
 * signed in as someone who manages the direction (owner, contact person or staff). The offer
 * held its seats, so it fits unless the direction has grown past what it was offered.
 */
export async function acceptWaitlistOffer({ actor, token, now = new Date() }: { actor: Actor; token: string; now?: Date }) {
  const result = await transaction(async (tx) => {
    const head = await tx.waitlistOffer.findUnique({ where: { token }, select: { directionId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    const direction = await loadDirectionLocked(tx, { actor, directionId: head.directionId });
    const offer = await tx.waitlistOffer.findUniqueOrThrow({ where: { token } });
    if (offer.status === "EXPIRED" || (offer.status === "OPEN" && now.getTime() > offer.expiresAt.getTime())) throw new DomainError("OFFER_EXPIRED");
    if (offer.status !== "OPEN") throw new DomainError("OFFER_NOT_OPEN");
    if (direction.cohortId !== offer.cohortId) throw new DomainError("INVALID_STATE");

    try {
      return await confirmWaitlistedDirection(tx, { actor, direction, action: "waitlist.offer.accept", now });
    } catch (error) {
      // Only if places were taken outside the rules (the hold is counted everywhere): the offer stays open.
      if (error instanceof DomainError && (error.code === "COHORT_FULL_DIRECTIONS" || error.code === "COHORT_FULL_PARTICIPANTS" || error.code === "MINIMUM_RESERVE")) {
        throw new DomainError("OFFER_NO_LONGER_FITS");
      }
      throw error;
    }
  });
  kickTransmissions();
  kickOutbox();
  return { ...result, offer: result.offer! };
}
