import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/env";
import type { Tx } from "@/server/db";
import { chooseOffers, directionSlotsLeft, seatsForNewDirection } from "@/domain/capacity";
import { waitlistOfferExpiry } from "@/domain/change-windows";
import { recordAudit } from "@/server/audit/record-audit";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { queueEmail } from "@/server/email/queue-email";
import type { CohortPlaces } from "@/server/cohorts/place-counts";
import { waitlistOfferEmail } from "@/emails/waitlist-offer-email";
import type { WaitlistOffer } from "@/generated/prisma/client";

/**
 * Offers free places to the waiting list, first in line first (chooseOffers): each offer holds
 * the direction's seats and a slot for 72 hours. Called by the placement owner after every
 * change that can free places, on the cohort's places as that change left them, under its lock.
 * `skip`: directions not to offer to in this round (those whose offer just lapsed).
 */
export async function createWaitlistOffers(tx: Tx, { places, now, skip = [] }: { places: CohortPlaces; now: Date; skip?: string[] }): Promise<WaitlistOffer[]> {
  if (places.status !== "OPEN" && places.status !== "CLOSED") return [];
  if (places.seminarStart !== null && now.getTime() >= places.seminarStart.getTime()) return [];
  if (places.waitlisted === 0 || directionSlotsLeft(places) === 0 || seatsForNewDirection(places) === 0) return [];

  const waiting = await tx.$queryRaw<{ id: string; contactEmail: string; municipalityName: string; participants: number; offeredSeats: number | null }[]>`
    SELECT d.id, d."contactEmail", m.name AS "municipalityName",
           (SELECT count(*)::int FROM "Participant" p WHERE p."directionId" = d.id AND p.status = 'ACTIVE') AS participants,
           (SELECT max(o.seats) FROM "WaitlistOffer" o WHERE o."directionId" = d.id AND o.status = 'OPEN') AS "offeredSeats"
    FROM "Direction" d JOIN "Municipality" m ON m.code = d."municipalityCode"
    WHERE d."cohortId" = ${places.id} AND d.status = 'WAITLISTED'
    ORDER BY d."waitlistPosition"`;
  const chosen = chooseOffers(
    places,
    waiting.map((d) => ({ id: d.id, participants: d.participants, hold: d.offeredSeats === null ? null : { kind: "OFFER" as const, seats: d.offeredSeats } })),
    { skip },
  );

  const offers: WaitlistOffer[] = [];
  for (const { id, participants } of chosen) {
    const direction = waiting.find((d) => d.id === id)!;
    const offer = await tx.waitlistOffer.create({ data: { cohortId: places.id, directionId: id, seats: participants, token: offerToken(), expiresAt: waitlistOfferExpiry(now), createdAt: now } });
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "waitlist.offer.create",
      entityType: "WaitlistOffer",
      entityId: offer.id,
      directionId: id,
      after: { status: offer.status, expiresAt: offer.expiresAt, participants },
    });
    await queueEmail(tx, {
      to: direction.contactEmail,
      kind: "waitlist-offer",
      directionId: id,
      cohortId: places.id,
      ...waitlistOfferEmail({ cohortTitle: places.title, municipalityName: direction.municipalityName, participants, url: `${env.NEXTAUTH_URL}/tilbud/${offer.token}`, expiresAt: offer.expiresAt }),
    });
    offers.push(offer);
  }
  return offers;
}

// The link in the mail is the only way to the offer page; make it unguessable, not just unique.
function offerToken(): string {
  return randomBytes(24).toString("base64url");
}
