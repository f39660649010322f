import "server-only";
import { lockCohort, lockCohorts, readerOf, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { decidePlaceChange, seatsForNewDirection, type DirectionPlaces, type PlaceChange, type PlaceVerdict, type RunsTransition } from "@/domain/capacity";
import { isStaff, type Actor } from "@/server/auth/actor";
import { createWaitlistOffers } from "@/server/waitlist/create-waitlist-offers";
import { readCohortPlaces, type CohortPlaces } from "@/server/cohorts/place-counts";
import { applyRunsEvent } from "@/server/cohorts/runs-event";
import type { Cohort, WaitlistOffer } from "@/generated/prisma/client";

// The owner of cohort places. Every path that adds, removes or moves seats or directions goes
// through here: it locks the cohort, reads its places once (booked and held, place-counts.ts),
// decides with the pure rule (decidePlaceChange in src/domain/capacity.ts), lets the use case
// write, and fires the consequences in the same transaction: the runs-event (runs-event.ts)
// and offers of freed places to the waiting list (create-waitlist-offers.ts). The registration hot
// path reads its places in its own single statement (registration-places.ts, the same SQL) and
// ends in settleAfterRegistration.

/** Locks the cohort for the rest of the transaction and reads its places: what a change is decided on. */
export async function lockPlaces(tx: Tx, cohortId: string): Promise<CohortPlaces> {
  if (!(await lockCohort(tx, cohortId))) throw new DomainError("NOT_FOUND");
  const [places] = await readCohortPlaces(readerOf(tx), [cohortId]);
  if (!places) throw new DomainError("NOT_FOUND");
  return places;
}

/** A direction as the rules see it, from a row with its active participants and open offers. */
export function directionPlaces(direction: { status: DirectionPlaces["status"]; participants: unknown[]; waitlistOffers?: { status: string; seats: number }[] }): DirectionPlaces {
  // A registration pending approval holds its active participants' seats (k2030_held_places).
  if (direction.status === "PENDING_APPROVAL") {
    return { status: direction.status, participants: direction.participants.length, hold: { kind: "APPROVAL", seats: direction.participants.length } };
  }
  const offer = direction.waitlistOffers?.find((o) => o.status === "OPEN");
  return { status: direction.status, participants: direction.participants.length, hold: offer ? { kind: "OFFER", seats: offer.seats } : null };
}

/** Throws the refusal as a DomainError (with its field and numbers, for the form). */
export function assertAllowed(verdict: PlaceVerdict): void {
  if (verdict.ok) return;
  throw new DomainError(verdict.code, { ...(verdict.field ? { field: verdict.field } : {}), ...verdict.details });
}

/** Changes that cannot free places or change who is confirmed have no consequences to fire. */
const SETTLES: Record<PlaceChange["kind"], boolean> = {
  ADD_PARTICIPANTS: false,
  SUBSTITUTE_PARTICIPANT: false,
  CANCEL_COHORT: false,
  REMOVE_PARTICIPANT: true,
  CANCEL_DIRECTION: true,
  CONFIRM_WAITING: true,
  APPROVE_PENDING: true,
  MOVE_IN: true,
  MOVE_OUT: true,
  RELEASE_HOLDS: true,
  OFFER_FREED_PLACES: true,
  SET_LIMITS: true,
  SET_STATUS: true,
};

export type Settled = { offers: WaitlistOffer[]; transition: RunsTransition };

/**
 * One change to one cohort's places: lock, read, decide `change` (refused with a DomainError),
 * `write` it, then settle: the runs-event and offers of freed places, in this transaction.
 * `skipOffers`: waiting directions not to offer to in this round.
 */
export async function changePlaces<T>(
  tx: Tx,
  { cohortId, change, actor, now, skipOffers }: { cohortId: string; change: PlaceChange; actor: Actor; now: Date; skipOffers?: string[] },
  write: (places: CohortPlaces) => Promise<T>,
): Promise<{ result: T } & Settled> {
  const places = await lockPlaces(tx, cohortId);
  assertAllowed(decidePlaceChange(places, change, { now, staff: isStaff(actor) }));
  const result = await write(places);
  const settled = SETTLES[change.kind] ? await settlePlaces(tx, { cohortId, now, skipOffers }) : { offers: [], transition: null };
  return { result, ...settled };
}

/**
 * A staff move of a direction between cohorts: both cohorts locked (in a fixed order), the
 * move decided on the target, `write` it, then both cohorts settled: the target may start
 * running, the source offers what was freed and may fall below its minimum.
 */
export async function movePlaces<T>(
  tx: Tx,
  { fromCohortId, toCohortId, direction, actor, now }: { fromCohortId: string; toCohortId: string; direction: DirectionPlaces; actor: Actor; now: Date },
  write: (target: CohortPlaces) => Promise<T>,
): Promise<{ result: T; source: Settled; target: Settled }> {
  await lockCohorts(tx, [fromCohortId, toCohortId]);
  const target = (await readCohortPlaces(readerOf(tx), [toCohortId]))[0];
  if (!target) throw new DomainError("NOT_FOUND", { field: "targetCohortId" });
  const staff = isStaff(actor);
  assertAllowed(decidePlaceChange(target, { kind: "MOVE_IN", direction }, { now, staff }));
  const result = await write(target);
  const source = await settlePlaces(tx, { cohortId: fromCohortId, now });
  return { result, source, target: await settlePlaces(tx, { cohortId: toCohortId, now }) };
}

/**
 * The consequences of a change, decided on the places as the change left them (the caller
 * holds the cohort's lock): the runs-event (starts or stops running) and offers of whatever
 * places are free to the waiting list, first in line first.
 */
export async function settlePlaces(tx: Tx, { cohortId, now, skipOffers }: { cohortId: string; now: Date; skipOffers?: string[] }): Promise<Settled> {
  const [places] = await readCohortPlaces(readerOf(tx), [cohortId]);
  if (!places) return { offers: [], transition: null };
  const transition = await applyRunsEvent(tx, { places, now });
  const offers = await createWaitlistOffers(tx, { places, now, skip: skipOffers });
  return { offers, transition };
}

/**
 * The registration hot path's consequences, without another read: `after` is the places read
 * under the lock (`before`) plus the direction just confirmed. The runs-event may follow; and
 * a direction of fewer than 3 participants needs fewer seats than were kept back for it, so
 * the rest is offered to a waiting direction that now fits (only then is the list read).
 * Returns the places as they are left, offers included.
 */
export async function settleAfterRegistration(
  tx: Tx,
  { before, after, details, now }: { before: CohortPlaces; after: CohortPlaces; details: Cohort; now: Date },
): Promise<{ offers: WaitlistOffer[]; after: CohortPlaces }> {
  await applyRunsEvent(tx, { places: after, now, details });
  if (after.waitlisted === 0 || seatsForNewDirection(after) <= seatsForNewDirection(before)) return { offers: [], after };
  const offers = await createWaitlistOffers(tx, { places: after, now });
  const held = offers.reduce((sum, offer) => sum + offer.seats, 0);
  return { offers, after: { ...after, heldDirections: after.heldDirections + offers.length, heldSeats: after.heldSeats + held } };
}
