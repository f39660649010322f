import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/env";
import type { Tx } from "@/server/db";
import { directionSlotsLeft, seatsLeft } from "@/domain/capacity";
import { fitsFreedCapacity, waitlistOfferExpiry } from "@/domain/change-windows";
import { recordAudit, SYSTEM_ACTOR } from "@/server/audit/record-audit";
import { queueEmail } from "@/server/email/queue-email";
import { readCohortCapacityLocked } from "@/server/registration/cohort-capacity-locked";
import { waitlistOfferEmail } from "@/emails/waitlist-offer-email";

/**
 * Offers freed places to the waiting list, first in line first, skipping directions that do
 * not fit (FIFO among those that fit). Places already offered and not yet answered count as
 * taken, so one freed place is never offered twice. Call it in the transaction that freed
 * the places; it locks the cohort itself. Returns the offers made (mail is queued).
 */
export async function offerWaitlistSeats({ tx, cohortId, now, excludeDirectionIds = [] }: { tx: Tx; cohortId: string; now: Date; excludeDirectionIds?: string[] }) {
  const { cohort, capacity } = await readCohortCapacityLocked(tx, cohortId);
  if (cohort.status !== "OPEN" && cohort.status !== "CLOSED") return [];
  if (cohort.seminarStart !== null && now.getTime() >= cohort.seminarStart.getTime()) return [];

  const waiting = await tx.direction.findMany({
    where: { cohortId, status: "WAITLISTED" },
    orderBy: { waitlistPosition: "asc" },
    include: {
      municipality: true,
      participants: { where: { status: "ACTIVE" }, select: { id: true } },
      waitlistOffers: { where: { status: "OPEN" }, select: { id: true } },
    },
  });
  const holding = waiting.filter((d) => d.waitlistOffers.length > 0);
  let seatsFree = seatsLeft(capacity) - holding.reduce((sum, d) => sum + d.participants.length, 0);
  let directionSlotsFree = directionSlotsLeft(capacity) - holding.length;

  const offers = [];
  for (const direction of waiting) {
    if (direction.waitlistOffers.length > 0 || excludeDirectionIds.includes(direction.id)) continue;
    const participants = direction.participants.length;
    if (participants === 0 || !fitsFreedCapacity({ participants, seatsFree, directionSlotsFree })) continue;

    const offer = await tx.waitlistOffer.create({ data: { cohortId, directionId: direction.id, token: offerToken(), expiresAt: waitlistOfferExpiry(now), createdAt: now } });
    seatsFree -= participants;
    directionSlotsFree -= 1;
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "waitlist.offer.create",
      entityType: "WaitlistOffer",
      entityId: offer.id,
      directionId: direction.id,
      after: { status: offer.status, expiresAt: offer.expiresAt, participants },
    });
    await queueEmail(tx, {
      to: direction.contactEmail,
      kind: "waitlist-offer",
      directionId: direction.id,
      cohortId,
      ...waitlistOfferEmail({
        cohortTitle: cohort.title,
        municipalityName: direction.municipality.name,
        participants,
        url: `${env.NEXTAUTH_URL}/tilbud/${offer.token}`,
        expiresAt: offer.expiresAt,
      }),
    });
    offers.push(offer);
  }
  return offers;
}

// The link in the mail is the only way to the offer page; make it unguessable, not just unique.
function offerToken(): string {
  return randomBytes(24).toString("base64url");
}
