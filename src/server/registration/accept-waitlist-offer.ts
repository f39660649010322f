import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit, type AuditActor } from "@/server/audit/record-audit";
import { kickOutbox } from "@/server/email/outbox-worker";
import { confirmWaitlistedDirection } from "@/server/registration/confirm-waitlisted-direction";
import { loadDirectionLocked } from "@/server/registration/load-direction-locked";
import { transmitAfterCommit } from "@/server/registration/transmit-after-commit";

/**
 * Accepts an offered place. The offer link is not enough on its own: the person must be
 * signed in as someone who manages the direction (owner, contact person or staff).
 */
export async function acceptWaitlistOffer({ actor, token, now = new Date() }: { actor: AuditActor; token: string; now?: Date }) {
  const result = await transaction(async (tx) => {
    const head = await tx.waitlistOffer.findUnique({ where: { token }, select: { directionId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    const direction = await loadDirectionLocked(tx, { actor, directionId: head.directionId });
    const offer = await tx.waitlistOffer.findUniqueOrThrow({ where: { token } });
    if (offer.status === "EXPIRED" || (offer.status === "OPEN" && now.getTime() > offer.expiresAt.getTime())) throw new DomainError("OFFER_EXPIRED");
    if (offer.status !== "OPEN") throw new DomainError("OFFER_NOT_OPEN");
    if (direction.cohortId !== offer.cohortId) throw new DomainError("INVALID_STATE");

    let confirmed;
    try {
      confirmed = await confirmWaitlistedDirection(tx, { actor, direction, action: "waitlist.offer.accept", now });
    } catch (error) {
      // Seats taken since the offer was made: the offer stays open, so the place can still be taken if one frees up before it expires.
      if (error instanceof DomainError && (error.code === "COHORT_FULL_DIRECTIONS" || error.code === "COHORT_FULL_PARTICIPANTS")) {
        throw new DomainError("OFFER_NO_LONGER_FITS");
      }
      throw error;
    }
    const accepted = await tx.waitlistOffer.update({ where: { id: offer.id }, data: { status: "ACCEPTED", respondedAt: now } });
    await recordAudit(tx, { actor, action: "waitlist.offer.respond", entityType: "WaitlistOffer", entityId: offer.id, directionId: direction.id, before: { status: offer.status }, after: { status: accepted.status } });
    return { offer: accepted, ...confirmed };
  });
  transmitAfterCommit(result.invoice);
  kickOutbox();
  return result;
}
