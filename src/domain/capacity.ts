// Cohort places: the pure rules that decide every change to a cohort's seats and direction
// slots. src/server/cohorts/placement.ts applies them under the cohort's lock, on every path.
//
// A cohort takes 5–10 directions and 30–40 participants. Confirmed directions and their
// active participants are booked; places promised to a direction that is not booked yet
// (a hold) count as taken against everyone else. While fewer than the minimum of directions
// are confirmed or held, the seats the missing directions need (3 each) stay free.
import { canCancelRegistration, canChangeParticipantCount, canChangeParticipantDetails } from "@/domain/change-windows";
import type { ErrorCode } from "@/domain/errors";

export const MIN_PARTICIPANT_CAP = 30;
export const MAX_PARTICIPANT_CAP = 40;
/** maxDirections lies in MIN_MAX_DIRECTIONS..MAX_DIRECTIONS_LIMIT and never below minDirections. */
export const MIN_MAX_DIRECTIONS = 5;
export const MAX_DIRECTIONS_LIMIT = 10;
export const DEFAULT_PARTICIPANTS_PER_DIRECTION = 8;
export const MAX_PARTICIPANTS_PER_DIRECTION = 40;
/** Seats kept free for each direction still missing from the minimum. */
export const SEATS_PER_MISSING_DIRECTION = 3;

/**
 * The kinds of hold: places promised to a direction that is not booked on the cohort. Each
 * hold takes one direction slot and its seats from everyone else until it is answered. The
 * rows come from the database view k2030_held_places (one row per holding direction, with its
 * kind and seats). A new kind is added to that view (one migration) and to this list; every
 * rule below then counts it.
 * - OFFER: a waiting direction's open offer (its seats as offered).
 * - APPROVAL: a registration pending staff approval (its active participants). It counts as
 *   coming for the minimum's reserve, but the cohort does not run on it until it is approved.
 */
export const HOLD_KINDS = ["OFFER", "APPROVAL"] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];

/** A direction's own hold: `seats` promised (an offer's seats); it holds no more than it still has. */
export type Hold = { kind: HoldKind; seats: number };

export type CohortStatus = "DRAFT" | "OPEN" | "CLOSED" | "CANCELLED" | "COMPLETED";

export interface CohortCapacity {
  status: CohortStatus;
  datesAnnounced: boolean;
  seminarStart: Date | null;
  registrationDeadline: Date | null;
  minDirections: number;
  maxDirections: number;
  maxParticipants: number;
  /** The programme's limit on one direction's participants. */
  maxParticipantsPerDirection: number;
  confirmedDirections: number;
  activeParticipants: number;
  /** Directions holding places (a slot each) and the seats they hold. */
  heldDirections: number;
  heldSeats: number;
}

export type Availability = "OPEN" | "FEW_SEATS" | "FULL_WAITLIST" | "CLOSED";

/** A cancelled or completed cohort is over: nothing about it changes any more. */
export function isCohortOver(c: Pick<CohortCapacity, "status">): boolean {
  return c.status === "CANCELLED" || c.status === "COMPLETED";
}

/** Why no direction can move into `c` whatever its size (over, or no dates for its people to get), or null. */
export function moveTargetRefusal(c: Pick<CohortCapacity, "status" | "datesAnnounced" | "seminarStart">): PlaceRefusal | null {
  if (isCohortOver(c)) return { code: "INVALID_STATE", field: "targetCohortId" };
  if (!c.datesAnnounced || c.seminarStart === null) return { code: "DATES_NOT_ANNOUNCED", field: "targetCohortId" };
  return null;
}

/** Seats free for anyone: the cap less booked and held seats. */
export function seatsLeft(c: CohortCapacity): number {
  return Math.max(0, c.maxParticipants - c.activeParticipants - c.heldSeats);
}

export function directionSlotsLeft(c: CohortCapacity): number {
  return Math.max(0, c.maxDirections - c.confirmedDirections - c.heldDirections);
}

/** Directions still missing from the minimum, counting those that hold places as coming. */
export function missingDirections(c: CohortCapacity): number {
  return Math.max(0, c.minDirections - c.confirmedDirections - c.heldDirections);
}

/** Free seats beyond what the missing directions need; negative when the minimum is out of reach. */
export function reserveSlack(c: CohortCapacity): number {
  return c.maxParticipants - c.activeParticipants - c.heldSeats - SEATS_PER_MISSING_DIRECTION * missingDirections(c);
}

/** The most participants a direction joining now may bring (itself one of the missing directions). */
export function seatsForNewDirection(c: CohortCapacity): number {
  const missingAfter = Math.max(0, missingDirections(c) - 1);
  const room = c.maxParticipants - c.activeParticipants - c.heldSeats - SEATS_PER_MISSING_DIRECTION * missingAfter;
  return Math.max(0, Math.min(seatsLeft(c), room));
}

/**
 * Whether a direction with `participants` has reached the programme's limit per direction: the
 * forms then offer no "add participant" (ADD_PARTICIPANTS and decidePlacement refuse more).
 */
export function atParticipantLimit(participants: number, maxParticipantsPerDirection: number): boolean {
  return participants >= maxParticipantsPerDirection;
}

/** How many more participants the cohort's confirmed directions may add between them. */
export function seatsForGrowth(c: CohortCapacity): number {
  return Math.max(0, Math.min(seatsLeft(c), reserveSlack(c)));
}

export function isRunning(c: Pick<CohortCapacity, "confirmedDirections" | "minDirections">): boolean {
  return c.confirmedDirections >= c.minDirections;
}

export type RegistrationClosure = "NOT_OPEN" | "DEADLINE_PASSED" | "SEMINAR_STARTED";

/** Why a cohort takes no registrations now, or null: open, before its deadline, and before its seminar starts. */
export function registrationClosure(c: Pick<CohortCapacity, "status" | "registrationDeadline" | "seminarStart">, now: Date): RegistrationClosure | null {
  if (c.status !== "OPEN") return "NOT_OPEN";
  if (c.seminarStart !== null && now.getTime() >= c.seminarStart.getTime()) return "SEMINAR_STARTED";
  if (c.registrationDeadline !== null && now.getTime() > c.registrationDeadline.getTime()) return "DEADLINE_PASSED";
  return null;
}

export function isAcceptingRegistrations(c: CohortCapacity, now: Date): boolean {
  return registrationClosure(c, now) === null;
}

/** "Few seats" when two direction slots or fewer remain, or a new direction could bring fewer than 8. */
export function availability(c: CohortCapacity, now: Date): Availability {
  if (!isAcceptingRegistrations(c, now)) return "CLOSED";
  if (directionSlotsLeft(c) === 0 || seatsForNewDirection(c) === 0) return "FULL_WAITLIST";
  if (directionSlotsLeft(c) <= 2 || seatsForNewDirection(c) < 8) return "FEW_SEATS";
  return "OPEN";
}

export type PlacementDecision =
  | { kind: "CONFIRM" }
  | { kind: "WAITLIST"; reason: "DIRECTIONS_FULL" | "PARTICIPANTS_FULL" }
  | { kind: "REFUSE"; reason: RegistrationClosure }
  | { kind: "REFUSE"; reason: "PARTICIPANT_LIMIT"; max: number }
  | { kind: "REFUSE"; reason: "MINIMUM_RESERVE"; allowed: number };

/**
 * Where a new direction of `participants` goes. Held seats are taken; a direction that would
 * take the seats the missing directions need is refused with the number that fits (it may
 * register fewer), or waitlisted when not even one participant fits.
 */
export function decidePlacement(c: CohortCapacity, participants: number, now: Date): PlacementDecision {
  const closure = registrationClosure(c, now);
  if (closure) return { kind: "REFUSE", reason: closure };
  if (participants > c.maxParticipantsPerDirection) return { kind: "REFUSE", reason: "PARTICIPANT_LIMIT", max: c.maxParticipantsPerDirection };
  if (directionSlotsLeft(c) === 0) return { kind: "WAITLIST", reason: "DIRECTIONS_FULL" };
  if (participants > seatsLeft(c)) return { kind: "WAITLIST", reason: "PARTICIPANTS_FULL" };
  const allowed = seatsForNewDirection(c);
  if (participants > allowed) return allowed >= 1 ? { kind: "REFUSE", reason: "MINIMUM_RESERVE", allowed } : { kind: "WAITLIST", reason: "PARTICIPANTS_FULL" };
  return { kind: "CONFIRM" };
}

/** A direction as the rules see it: its status, active participants and its own hold, if any. */
export type DirectionPlaces = { status: "CONFIRMED" | "WAITLISTED" | "CANCELLED" | "PENDING_APPROVAL"; participants: number; hold: Hold | null };

/** The seats a direction's hold takes: what was promised, but never more than it still has. */
export function heldSeatsOf(direction: Pick<DirectionPlaces, "participants" | "hold">): number {
  return direction.hold ? Math.min(direction.hold.seats, direction.participants) : 0;
}

/** The cohort as others see it once `direction`'s own hold is answered (it cannot block itself). */
export function withoutHoldOf(c: CohortCapacity, direction: Pick<DirectionPlaces, "participants" | "hold">): CohortCapacity {
  if (!direction.hold) return c;
  return { ...c, heldDirections: c.heldDirections - 1, heldSeats: c.heldSeats - heldSeatsOf(direction) };
}

export type CohortLimits = { minDirections: number; maxDirections: number; maxParticipants: number };

/** Every change to a cohort's places, by path. */
export type PlaceChange =
  | { kind: "ADD_PARTICIPANTS"; direction: DirectionPlaces; adding: number }
  | { kind: "REMOVE_PARTICIPANT"; direction: DirectionPlaces }
  | { kind: "SUBSTITUTE_PARTICIPANT"; direction: DirectionPlaces }
  | { kind: "CANCEL_DIRECTION"; direction: DirectionPlaces }
  /** A waiting direction confirmed: its offer accepted, or staff promote it. */
  | { kind: "CONFIRM_WAITING"; direction: DirectionPlaces }
  /** Staff approve a registration pending approval: its hold becomes a booking. */
  | { kind: "APPROVE_PENDING"; direction: DirectionPlaces }
  | { kind: "MOVE_IN"; direction: DirectionPlaces }
  | { kind: "MOVE_OUT"; direction: DirectionPlaces }
  /** Offers declined or expired. */
  | { kind: "RELEASE_HOLDS" }
  | { kind: "OFFER_FREED_PLACES" }
  | { kind: "SET_LIMITS"; limits: CohortLimits }
  | { kind: "SET_STATUS"; status: CohortStatus }
  | { kind: "CANCEL_COHORT" };

export type PlaceRefusal = {
  code: Extract<
    ErrorCode,
    | "VALIDATION"
    | "CHANGE_WINDOW_CLOSED"
    | "DIRECTION_CANCELLED"
    | "INVALID_STATE"
    | "LAST_PARTICIPANT"
    | "PARTICIPANT_LIMIT"
    | "OFFER_PENDING"
    | "OFFER_TOO_MANY_PARTICIPANTS"
    | "COHORT_FULL_DIRECTIONS"
    | "COHORT_FULL_PARTICIPANTS"
    | "MINIMUM_RESERVE"
    | "MINIMUM_UNREACHABLE"
    | "CAP_BELOW_BOOKINGS"
    | "MAX_DIRECTIONS_RANGE"
    | "DATES_NOT_ANNOUNCED"
    | "PENDING_APPROVAL"
    | "NOT_PENDING_APPROVAL"
  >;
  field?: string;
  details?: Record<string, number>;
};

export type PlaceVerdict = { ok: true } | ({ ok: false } & PlaceRefusal);

const OK: PlaceVerdict = { ok: true };
const refuse = (refusal: PlaceRefusal): PlaceVerdict => ({ ok: false, ...refusal });

/**
 * Whether `change` may happen to a cohort of capacity `c` now. Staff are not bound by the
 * change windows, but by every rule about places. Moves are decided on the target cohort.
 */
export function decidePlaceChange(c: CohortCapacity, change: PlaceChange, { now, staff }: { now: Date; staff: boolean }): PlaceVerdict {
  switch (change.kind) {
    case "ADD_PARTICIPANTS": {
      const { direction, adding } = change;
      if (direction.status === "CANCELLED") return refuse({ code: "DIRECTION_CANCELLED" });
      if (!staff && !canChangeParticipantCount({ now, registrationDeadline: c.registrationDeadline, seminarStart: c.seminarStart })) return refuse({ code: "CHANGE_WINDOW_CLOSED" });
      if (direction.participants + adding > c.maxParticipantsPerDirection) return refuse({ code: "PARTICIPANT_LIMIT", details: { max: c.maxParticipantsPerDirection } });
      // A pending registration holds what it registered; it grows once approved.
      if (direction.hold?.kind === "APPROVAL") return refuse({ code: "PENDING_APPROVAL" });
      // The offer is for the seats it names: accept it first, then grow through the check below.
      if (direction.hold) return refuse({ code: "OFFER_PENDING", details: { offered: direction.hold.seats } });
      if (direction.status !== "CONFIRMED") return OK;
      if (adding > seatsLeft(c)) return refuse(seatsFull(c));
      if (adding > seatsForGrowth(c)) return refuse({ code: "MINIMUM_RESERVE", details: { allowed: seatsForGrowth(c), minDirections: c.minDirections } });
      return OK;
    }
    case "REMOVE_PARTICIPANT": {
      if (change.direction.status === "CANCELLED") return refuse({ code: "DIRECTION_CANCELLED" });
      if (!staff && !canChangeParticipantCount({ now, registrationDeadline: c.registrationDeadline, seminarStart: c.seminarStart })) return refuse({ code: "CHANGE_WINDOW_CLOSED" });
      if (change.direction.participants <= 1) return refuse({ code: "LAST_PARTICIPANT" });
      return OK;
    }
    case "SUBSTITUTE_PARTICIPANT": {
      if (change.direction.status === "CANCELLED") return refuse({ code: "DIRECTION_CANCELLED" });
      if (!staff && !canChangeParticipantDetails({ now, seminarStart: c.seminarStart })) return refuse({ code: "CHANGE_WINDOW_CLOSED" });
      return OK;
    }
    case "CANCEL_DIRECTION": {
      if (change.direction.status === "CANCELLED") return refuse({ code: "DIRECTION_CANCELLED" });
      if (!staff && !canCancelRegistration({ now, seminarStart: c.seminarStart })) return refuse({ code: "CHANGE_WINDOW_CLOSED" });
      return OK;
    }
    case "CONFIRM_WAITING": {
      const { direction } = change;
      if (direction.status !== "WAITLISTED") return refuse({ code: "INVALID_STATE" });
      if (!staff && c.seminarStart !== null && now.getTime() >= c.seminarStart.getTime()) return refuse({ code: "CHANGE_WINDOW_CLOSED" });
      if (direction.hold && direction.participants > direction.hold.seats) {
        return refuse({ code: "OFFER_TOO_MANY_PARTICIPANTS", details: { offered: direction.hold.seats, participants: direction.participants } });
      }
      return fitsAsNewDirection(withoutHoldOf(c, direction), direction.participants);
    }
    case "APPROVE_PENDING": {
      const { direction } = change;
      if (direction.status !== "PENDING_APPROVAL") return refuse({ code: "NOT_PENDING_APPROVAL" });
      // It held its places, so it fits unless they were never held (a hold always is, see the view).
      return fitsAsNewDirection(withoutHoldOf(c, direction), direction.participants);
    }
    case "MOVE_IN": {
      const closed = moveTargetRefusal(c);
      if (closed) return refuse(closed);
      // Approve or refuse it first: a move would carry a hold nobody has decided on.
      if (change.direction.status === "PENDING_APPROVAL") return refuse({ code: "PENDING_APPROVAL", field: "targetCohortId" });
      if (change.direction.status !== "CONFIRMED") return OK;
      const verdict = fitsAsNewDirection(c, change.direction.participants);
      return verdict.ok ? verdict : { ...verdict, field: "targetCohortId" };
    }
    case "SET_LIMITS":
      return decideLimits(c, change.limits);
    case "CANCEL_COHORT":
      return isCohortOver(c) ? refuse({ code: "INVALID_STATE" }) : OK;
    case "MOVE_OUT":
    case "RELEASE_HOLDS":
    case "OFFER_FREED_PLACES":
    case "SET_STATUS":
      return OK;
  }
}

/** A direction of `participants` joining as confirmed: a slot, the seats, and the missing directions' reserve. */
function fitsAsNewDirection(c: CohortCapacity, participants: number): PlaceVerdict {
  if (directionSlotsLeft(c) < 1) return refuse({ code: "COHORT_FULL_DIRECTIONS", details: c.heldDirections > 0 ? { heldDirections: c.heldDirections } : undefined });
  if (participants > seatsLeft(c)) return refuse(seatsFull(c));
  if (participants > seatsForNewDirection(c)) return refuse({ code: "MINIMUM_RESERVE", details: { allowed: seatsForNewDirection(c), minDirections: c.minDirections } });
  return OK;
}

/** No seat free; the refusal says how many are held for the waiting list, when any are. */
function seatsFull(c: CohortCapacity): PlaceRefusal {
  return { code: "COHORT_FULL_PARTICIPANTS", details: c.heldSeats > 0 ? { heldSeats: c.heldSeats } : undefined };
}

/** New caps and minimum: within range, not below what is booked or held, and the minimum not put out of reach. */
export function decideLimits(c: CohortCapacity, limits: CohortLimits): PlaceVerdict {
  const range = validateDirectionLimits(limits);
  if (!range.ok) return range;
  if (limits.maxParticipants < c.activeParticipants + c.heldSeats) return refuse({ code: "CAP_BELOW_BOOKINGS", field: "maxParticipants" });
  if (limits.maxDirections < c.confirmedDirections + c.heldDirections) return refuse({ code: "CAP_BELOW_BOOKINGS", field: "maxDirections" });
  const after = { ...c, ...limits };
  // A change may not put the minimum out of reach, nor take it further out of reach.
  if (reserveSlack(after) < 0 && reserveSlack(after) < reserveSlack(c)) {
    return refuse({ code: "MINIMUM_UNREACHABLE", field: limits.maxParticipants < c.maxParticipants ? "maxParticipants" : "minDirections", details: { minDirections: limits.minDirections } });
  }
  return OK;
}

/** maxDirections 5–10 and never below minDirections (at least 1); the participant cap 30–40. */
export function validateDirectionLimits({ minDirections, maxDirections, maxParticipants }: CohortLimits): PlaceVerdict {
  const whole = [minDirections, maxDirections, maxParticipants].every(Number.isInteger);
  if (!whole || maxDirections < MIN_MAX_DIRECTIONS || maxDirections > MAX_DIRECTIONS_LIMIT || minDirections < 1 || minDirections > maxDirections) {
    return refuse({ code: "MAX_DIRECTIONS_RANGE", field: "maxDirections" });
  }
  if (maxParticipants < MIN_PARTICIPANT_CAP || maxParticipants > MAX_PARTICIPANT_CAP) return refuse({ code: "VALIDATION", field: "maxParticipants" });
  return OK;
}

export type WaitingDirection = { id: string; participants: number; hold: Hold | null };

/**
 * The waiting directions to offer places to now: first in line first, skipping those that do
 * not fit (FIFO among those that fit) and those already holding an offer. Each offer is a
 * hold, so one freed place is never offered twice.
 */
export function chooseOffers(c: CohortCapacity, waiting: WaitingDirection[], { skip = [] }: { skip?: string[] } = {}): WaitingDirection[] {
  let current = c;
  const chosen: WaitingDirection[] = [];
  for (const direction of waiting) {
    if (direction.hold || skip.includes(direction.id) || direction.participants === 0) continue;
    if (directionSlotsLeft(current) < 1 || direction.participants > seatsForNewDirection(current)) continue;
    chosen.push(direction);
    current = { ...current, heldDirections: current.heldDirections + 1, heldSeats: current.heldSeats + direction.participants };
  }
  return chosen;
}

export type RunsTransition = "STARTS_RUNNING" | "STOPS_RUNNING" | null;

/** The runs-event: a cohort runs from its minimum of confirmed directions; below it again, it no longer does. */
export function runsTransition(c: Pick<CohortCapacity, "status" | "confirmedDirections" | "minDirections"> & { runningSince: Date | null }): RunsTransition {
  if (isCohortOver(c)) return null;
  if (c.runningSince === null && isRunning(c)) return "STARTS_RUNNING";
  if (c.runningSince !== null && !isRunning(c)) return "STOPS_RUNNING";
  return null;
}
