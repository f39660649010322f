// Cohort capacity rules: a cohort runs with 5–10 directions and takes at most its
// participant cap (30–40). Only confirmed directions and their active participants count.

export const MIN_PARTICIPANT_CAP = 30;
export const MAX_PARTICIPANT_CAP = 40;
export const MAX_DIRECTIONS_LIMIT = 10;

export interface CohortCapacity {
  status: "DRAFT" | "OPEN" | "CLOSED" | "CANCELLED" | "COMPLETED";
  minDirections: number;
  maxDirections: number;
  maxParticipants: number;
  registrationDeadline: Date | null;
  confirmedDirections: number;
  activeParticipants: number;
}

export type Availability = "OPEN" | "FEW_SEATS" | "FULL_WAITLIST" | "CLOSED";

export function seatsLeft(c: CohortCapacity): number {
  return Math.max(0, c.maxParticipants - c.activeParticipants);
}

export function directionSlotsLeft(c: CohortCapacity): number {
  return Math.max(0, c.maxDirections - c.confirmedDirections);
}

export function isRunning(c: Pick<CohortCapacity, "confirmedDirections" | "minDirections">): boolean {
  return c.confirmedDirections >= c.minDirections;
}

export function isAcceptingRegistrations(c: CohortCapacity, now: Date): boolean {
  return c.status === "OPEN" && (c.registrationDeadline === null || now <= c.registrationDeadline);
}

/** A cohort is "few seats" when fewer than a direction's typical size (4) or two direction slots remain. */
export function availability(c: CohortCapacity, now: Date): Availability {
  if (!isAcceptingRegistrations(c, now)) return "CLOSED";
  if (directionSlotsLeft(c) === 0 || seatsLeft(c) === 0) return "FULL_WAITLIST";
  if (directionSlotsLeft(c) <= 2 || seatsLeft(c) < 8) return "FEW_SEATS";
  return "OPEN";
}

export type PlacementDecision =
  | { kind: "CONFIRM" }
  | { kind: "WAITLIST"; reason: "DIRECTIONS_FULL" | "PARTICIPANTS_FULL" }
  | { kind: "REFUSE"; reason: "NOT_OPEN" | "DEADLINE_PASSED" };

/** Where a new direction with `participantCount` participants goes. */
export function decidePlacement(c: CohortCapacity, participantCount: number, now: Date): PlacementDecision {
  if (c.status !== "OPEN") return { kind: "REFUSE", reason: "NOT_OPEN" };
  if (c.registrationDeadline !== null && now > c.registrationDeadline) return { kind: "REFUSE", reason: "DEADLINE_PASSED" };
  if (directionSlotsLeft(c) === 0) return { kind: "WAITLIST", reason: "DIRECTIONS_FULL" };
  if (participantCount > seatsLeft(c)) return { kind: "WAITLIST", reason: "PARTICIPANTS_FULL" };
  return { kind: "CONFIRM" };
}

/** Whether `additional` more participants fit in a confirmed direction's cohort. */
export function canAddParticipants(c: CohortCapacity, additional: number): boolean {
  return additional <= seatsLeft(c);
}

/** Staff may not set a cap below what is booked, nor outside 30–40. */
export function validateParticipantCap(newCap: number, activeParticipants: number): "OK" | "OUT_OF_RANGE" | "BELOW_BOOKINGS" {
  if (!Number.isInteger(newCap) || newCap < MIN_PARTICIPANT_CAP || newCap > MAX_PARTICIPANT_CAP) return "OUT_OF_RANGE";
  if (newCap < activeParticipants) return "BELOW_BOOKINGS";
  return "OK";
}
