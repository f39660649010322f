// The placement rules as tables: each row is one case of one rule.
import { describe, expect, it } from "vitest";
import {
  atParticipantLimit,
  availability,
  chooseOffers,
  decideLimits,
  decidePlaceChange,
  decidePlacement,
  directionSlotsLeft,
  heldSeatsOf,
  isCohortOver,
  isRunning,
  missingDirections,
  moveTargetRefusal,
  registrationClosure,
  reserveSlack,
  runsTransition,
  seatsForGrowth,
  seatsForNewDirection,
  seatsLeft,
  validateDirectionLimits,
  withoutHoldOf,
  type CohortCapacity,
  type DirectionPlaces,
  type PlaceChange,
} from "../../src/domain/capacity";

const now = new Date("2027-01-10T10:00:00Z");
const seminarStart = new Date("2027-03-09T11:00:00Z");
const base: CohortCapacity = {
  status: "OPEN",
  datesAnnounced: true,
  seminarStart,
  registrationDeadline: new Date("2027-01-29T22:59:00Z"),
  minDirections: 5,
  maxDirections: 10,
  maxParticipants: 30,
  maxParticipantsPerDirection: 8,
  confirmedDirections: 0,
  activeParticipants: 0,
  heldDirections: 0,
  heldSeats: 0,
};
const cohort = (overrides: Partial<CohortCapacity>): CohortCapacity => ({ ...base, ...overrides });

describe("counting places: held seats and slots count as taken; missing directions keep 3 seats each", () => {
  it.each([
    // [case, cohort, seatsLeft, slotsLeft, missing, forNewDirection, forGrowth]
    ["empty cohort of 30", {}, 30, 10, 5, 18, 15],
    ["three directions of 8", { confirmedDirections: 3, activeParticipants: 24 }, 6, 7, 2, 3, 0],
    ["four directions: the fifth completes the minimum", { confirmedDirections: 4, activeParticipants: 26 }, 4, 6, 1, 4, 1],
    ["running cohort: no reserve", { confirmedDirections: 5, activeParticipants: 25 }, 5, 5, 0, 5, 5],
    ["held offer takes its seats and slot", { confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, 0, 4, 0, 0, 0],
    ["a holder counts as a coming direction", { confirmedDirections: 3, activeParticipants: 18, heldDirections: 1, heldSeats: 4 }, 8, 6, 1, 8, 5],
    ["nine confirmed and one held: no slot", { confirmedDirections: 9, activeParticipants: 27, heldDirections: 1, heldSeats: 2, maxParticipants: 40 }, 11, 0, 0, 11, 11],
    ["over-full (data from before a cap change) never goes negative", { confirmedDirections: 2, activeParticipants: 31 }, 0, 8, 3, 0, 0],
  ] as [string, Partial<CohortCapacity>, number, number, number, number, number][])("%s", (_case, overrides, left, slots, missing, forNew, forGrowth) => {
    const c = cohort(overrides);
    expect({ left: seatsLeft(c), slots: directionSlotsLeft(c), missing: missingDirections(c), forNew: seatsForNewDirection(c), forGrowth: seatsForGrowth(c) }).toEqual({
      left,
      slots,
      missing,
      forNew,
      forGrowth,
    });
  });

  it.each([
    ["the issue's example: one direction of 20 on 40, the minimum needs 12 more", { maxParticipants: 40, confirmedDirections: 1, activeParticipants: 20 }, 8],
    ["two directions of 20 fill 40 seats: out of reach", { maxParticipants: 40, confirmedDirections: 2, activeParticipants: 40 }, -9],
  ] as [string, Partial<CohortCapacity>, number][])("reserve slack: %s", (_case, overrides, slack) => {
    expect(reserveSlack(cohort(overrides))).toBe(slack);
  });
});

describe("registration of a new direction", () => {
  it.each([
    ["confirms when there is room", {}, 4, now, { kind: "CONFIRM" }],
    ["confirms up to the limit per direction", {}, 8, now, { kind: "CONFIRM" }],
    ["refuses more than the limit per direction", {}, 9, now, { kind: "REFUSE", reason: "PARTICIPANT_LIMIT", max: 8 }],
    ["follows the programme's limit", { maxParticipantsPerDirection: 10 }, 9, now, { kind: "CONFIRM" }],
    ["waitlists when 10 directions are confirmed", { confirmedDirections: 10, activeParticipants: 30, maxParticipants: 40 }, 1, now, { kind: "WAITLIST", reason: "DIRECTIONS_FULL" }],
    ["waitlists when a held offer takes the last slot", { confirmedDirections: 9, activeParticipants: 27, heldDirections: 1, heldSeats: 2, maxParticipants: 40 }, 1, now, { kind: "WAITLIST", reason: "DIRECTIONS_FULL" }],
    ["waitlists when the participants do not fit", { confirmedDirections: 6, activeParticipants: 27 }, 4, now, { kind: "WAITLIST", reason: "PARTICIPANTS_FULL" }],
    ["confirms when the participants exactly fill the cap", { confirmedDirections: 6, activeParticipants: 27 }, 3, now, { kind: "CONFIRM" }],
    ["sees seats held by an offer as full", { confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, 1, now, { kind: "WAITLIST", reason: "PARTICIPANTS_FULL" }],
    ["refuses seats the missing directions need, saying how many fit", { confirmedDirections: 3, activeParticipants: 24 }, 4, now, { kind: "REFUSE", reason: "MINIMUM_RESERVE", allowed: 3 }],
    ["takes what the reserve leaves", { confirmedDirections: 3, activeParticipants: 24 }, 3, now, { kind: "CONFIRM" }],
    ["waitlists when the reserve leaves nothing", { confirmedDirections: 2, activeParticipants: 24 }, 1, now, { kind: "WAITLIST", reason: "PARTICIPANTS_FULL" }],
    ["refuses a cohort that is not open", { status: "DRAFT" }, 1, now, { kind: "REFUSE", reason: "NOT_OPEN" }],
    ["refuses a closed cohort", { status: "CLOSED" }, 1, now, { kind: "REFUSE", reason: "NOT_OPEN" }],
    ["refuses after the deadline", {}, 1, new Date("2027-01-30T00:00:00Z"), { kind: "REFUSE", reason: "DEADLINE_PASSED" }],
    ["refuses at the seminar's start without a deadline", { registrationDeadline: null }, 1, seminarStart, { kind: "REFUSE", reason: "SEMINAR_STARTED" }],
    ["refuses at the seminar's start even before a later deadline", { registrationDeadline: new Date("2099-01-01T00:00:00Z") }, 1, seminarStart, { kind: "REFUSE", reason: "SEMINAR_STARTED" }],
    ["registers up to the last instant before the seminar", { registrationDeadline: null }, 1, new Date(seminarStart.getTime() - 1), { kind: "CONFIRM" }],
  ] as [string, Partial<CohortCapacity>, number, Date, unknown][])("%s", (_case, overrides, participants, at, expected) => {
    expect(decidePlacement(cohort(overrides), participants, at)).toEqual(expected);
  });
});

const confirmed = (participants: number): DirectionPlaces => ({ status: "CONFIRMED", participants, hold: null });
const waiting = (participants: number, offered?: number): DirectionPlaces => ({ status: "WAITLISTED", participants, hold: offered === undefined ? null : { kind: "OFFER", seats: offered } });
const pending = (participants: number): DirectionPlaces => ({ status: "PENDING_APPROVAL", participants, hold: { kind: "APPROVAL", seats: participants } });
const late = new Date("2027-02-15T10:00:00Z");
const begun = new Date("2027-03-09T12:00:00Z");

describe("every change to places, by path", () => {
  it.each([
    // Adding participants.
    ["add: a seat is free", {}, { kind: "ADD_PARTICIPANTS", direction: confirmed(3), adding: 1 }, now, false, { ok: true }],
    ["add: beyond the limit per direction", {}, { kind: "ADD_PARTICIPANTS", direction: confirmed(8), adding: 1 }, now, true, { ok: false, code: "PARTICIPANT_LIMIT", details: { max: 8 } }],
    ["add: the free seats are held", { confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, { kind: "ADD_PARTICIPANTS", direction: confirmed(4), adding: 1 }, now, true, { ok: false, code: "COHORT_FULL_PARTICIPANTS", details: { heldSeats: 2 } }],
    ["add: the seats are the missing directions'", { confirmedDirections: 3, activeParticipants: 24 }, { kind: "ADD_PARTICIPANTS", direction: confirmed(7), adding: 1 }, now, true, { ok: false, code: "MINIMUM_RESERVE", details: { allowed: 0, minDirections: 5 } }],
    ["add: a waiting direction holding an offer", {}, { kind: "ADD_PARTICIPANTS", direction: waiting(2, 2), adding: 1 }, now, true, { ok: false, code: "OFFER_PENDING", details: { offered: 2 } }],
    ["add: a waiting direction without an offer takes no seat", { activeParticipants: 30, confirmedDirections: 6 }, { kind: "ADD_PARTICIPANTS", direction: waiting(2), adding: 1 }, now, false, { ok: true }],
    ["add: a director after the deadline", {}, { kind: "ADD_PARTICIPANTS", direction: confirmed(3), adding: 1 }, late, false, { ok: false, code: "CHANGE_WINDOW_CLOSED" }],
    ["add: a director after the seminar's start without a deadline", { registrationDeadline: null }, { kind: "ADD_PARTICIPANTS", direction: confirmed(3), adding: 1 }, begun, false, { ok: false, code: "CHANGE_WINDOW_CLOSED" }],
    ["add: staff after the seminar's start", { registrationDeadline: null }, { kind: "ADD_PARTICIPANTS", direction: confirmed(3), adding: 1 }, begun, true, { ok: true }],
    ["add: a cancelled direction", {}, { kind: "ADD_PARTICIPANTS", direction: { status: "CANCELLED", participants: 0, hold: null }, adding: 1 }, now, true, { ok: false, code: "DIRECTION_CANCELLED" }],
    // Removing, substituting, cancelling.
    ["remove: the last participant", {}, { kind: "REMOVE_PARTICIPANT", direction: confirmed(1) }, now, true, { ok: false, code: "LAST_PARTICIPANT" }],
    ["remove: a director after the deadline", {}, { kind: "REMOVE_PARTICIPANT", direction: confirmed(3) }, late, false, { ok: false, code: "CHANGE_WINDOW_CLOSED" }],
    ["remove: staff after the deadline", {}, { kind: "REMOVE_PARTICIPANT", direction: confirmed(3) }, late, true, { ok: true }],
    ["substitute: a director after the deadline, before the seminar", {}, { kind: "SUBSTITUTE_PARTICIPANT", direction: confirmed(3) }, late, false, { ok: true }],
    ["substitute: a director once the seminar has begun", {}, { kind: "SUBSTITUTE_PARTICIPANT", direction: confirmed(3) }, begun, false, { ok: false, code: "CHANGE_WINDOW_CLOSED" }],
    ["cancel: a director before the seminar", {}, { kind: "CANCEL_DIRECTION", direction: confirmed(3) }, late, false, { ok: true }],
    ["cancel: a director once the seminar has begun", {}, { kind: "CANCEL_DIRECTION", direction: confirmed(3) }, begun, false, { ok: false, code: "CHANGE_WINDOW_CLOSED" }],
    // Confirming a waiting direction (offer accepted, staff promotion).
    ["confirm: the holder's own hold counts for it", { confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, { kind: "CONFIRM_WAITING", direction: waiting(2, 2) }, now, false, { ok: true }],
    ["confirm: another holder's seats count against it", { confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, { kind: "CONFIRM_WAITING", direction: waiting(2) }, now, true, { ok: false, code: "COHORT_FULL_PARTICIPANTS", details: { heldSeats: 2 } }],
    ["confirm: no more participants than offered", { confirmedDirections: 5, activeParticipants: 20, heldDirections: 1, heldSeats: 2 }, { kind: "CONFIRM_WAITING", direction: waiting(3, 2) }, now, false, { ok: false, code: "OFFER_TOO_MANY_PARTICIPANTS", details: { offered: 2, participants: 3 } }],
    ["confirm: the minimum's reserve", { confirmedDirections: 3, activeParticipants: 24 }, { kind: "CONFIRM_WAITING", direction: waiting(4) }, now, true, { ok: false, code: "MINIMUM_RESERVE", details: { allowed: 3, minDirections: 5 } }],
    ["confirm: no slot left", { confirmedDirections: 10, activeParticipants: 20 }, { kind: "CONFIRM_WAITING", direction: waiting(1) }, now, true, { ok: false, code: "COHORT_FULL_DIRECTIONS" }],
    ["confirm: a director once the seminar has begun", {}, { kind: "CONFIRM_WAITING", direction: waiting(2, 2) }, begun, false, { ok: false, code: "CHANGE_WINDOW_CLOSED" }],
    ["confirm: a direction not waiting", {}, { kind: "CONFIRM_WAITING", direction: confirmed(2) }, now, true, { ok: false, code: "INVALID_STATE" }],
    // A registration pending approval (municipal identity): it holds its seats; staff approve it.
    ["approve: its own hold counts for it", { confirmedDirections: 4, activeParticipants: 24, heldDirections: 1, heldSeats: 6 }, { kind: "APPROVE_PENDING", direction: pending(6) }, now, true, { ok: true }],
    ["approve: a direction not pending", {}, { kind: "APPROVE_PENDING", direction: confirmed(2) }, now, true, { ok: false, code: "NOT_PENDING_APPROVAL" }],
    ["add: a pending direction grows once approved", {}, { kind: "ADD_PARTICIPANTS", direction: pending(2), adding: 1 }, now, true, { ok: false, code: "PENDING_APPROVAL" }],
    ["move in: a pending direction is decided first", {}, { kind: "MOVE_IN", direction: pending(2) }, now, true, { ok: false, code: "PENDING_APPROVAL", field: "targetCohortId" }],
    ["register: a pending direction's seats count against a new one", { confirmedDirections: 4, activeParticipants: 24, heldDirections: 1, heldSeats: 6 }, { kind: "CONFIRM_WAITING", direction: waiting(1) }, now, true, { ok: false, code: "COHORT_FULL_PARTICIPANTS", details: { heldSeats: 6 } }],
    // Staff moves, decided on the target.
    ["move in: fits", {}, { kind: "MOVE_IN", direction: confirmed(4) }, now, true, { ok: true }],
    ["move in: dates not announced", { datesAnnounced: false, seminarStart: null, status: "DRAFT" }, { kind: "MOVE_IN", direction: confirmed(4) }, now, true, { ok: false, code: "DATES_NOT_ANNOUNCED", field: "targetCohortId" }],
    ["move in: the free seats are held", { confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, { kind: "MOVE_IN", direction: confirmed(2) }, now, true, { ok: false, code: "COHORT_FULL_PARTICIPANTS", field: "targetCohortId", details: { heldSeats: 2 } }],
    ["move in: the minimum's reserve", { confirmedDirections: 3, activeParticipants: 24 }, { kind: "MOVE_IN", direction: confirmed(4) }, now, true, { ok: false, code: "MINIMUM_RESERVE", field: "targetCohortId", details: { allowed: 3, minDirections: 5 } }],
    ["move in: a waiting direction joins the waiting list", { confirmedDirections: 10, activeParticipants: 30 }, { kind: "MOVE_IN", direction: waiting(4) }, now, true, { ok: true }],
    ["move in: a cancelled cohort", { status: "CANCELLED" }, { kind: "MOVE_IN", direction: confirmed(4) }, now, true, { ok: false, code: "INVALID_STATE", field: "targetCohortId" }],
    // Cohort edits.
    ["limits: cap below booked and held", { activeParticipants: 28, heldSeats: 2, confirmedDirections: 6, heldDirections: 1 }, { kind: "SET_LIMITS", limits: { minDirections: 5, maxDirections: 10, maxParticipants: 29 } }, now, true, { ok: false, code: "VALIDATION", field: "maxParticipants" }],
    ["cancel cohort: already cancelled", { status: "CANCELLED" }, { kind: "CANCEL_COHORT" }, now, true, { ok: false, code: "INVALID_STATE" }],
  ] as [string, Partial<CohortCapacity>, PlaceChange, Date, boolean, unknown][])("%s", (_case, overrides, change, at, staff, expected) => {
    expect(decidePlaceChange(cohort(overrides), change, { now: at, staff })).toEqual(expected);
  });
});

describe("caps and the minimum (staff edits)", () => {
  it.each([
    ["accepts 5–10 directions", { minDirections: 5, maxDirections: 5, maxParticipants: 30 }, { ok: true }],
    ["refuses a maximum of 4", { minDirections: 3, maxDirections: 4, maxParticipants: 30 }, { ok: false, code: "MAX_DIRECTIONS_RANGE", field: "maxDirections" }],
    ["refuses a maximum of 11", { minDirections: 5, maxDirections: 11, maxParticipants: 30 }, { ok: false, code: "MAX_DIRECTIONS_RANGE", field: "maxDirections" }],
    ["refuses a maximum below the minimum", { minDirections: 7, maxDirections: 6, maxParticipants: 30 }, { ok: false, code: "MAX_DIRECTIONS_RANGE", field: "maxDirections" }],
    ["refuses a minimum of 0", { minDirections: 0, maxDirections: 6, maxParticipants: 30 }, { ok: false, code: "MAX_DIRECTIONS_RANGE", field: "maxDirections" }],
    ["refuses a cap of 41", { minDirections: 5, maxDirections: 10, maxParticipants: 41 }, { ok: false, code: "VALIDATION", field: "maxParticipants" }],
  ])("%s", (_case, limits, expected) => {
    expect(validateDirectionLimits(limits)).toEqual(expected);
  });

  it.each([
    ["lowering the cap to what the reserve needs", { confirmedDirections: 3, activeParticipants: 24, maxParticipants: 36 }, { minDirections: 5, maxDirections: 10, maxParticipants: 30 }, { ok: true }],
    ["lowering the cap below what the reserve needs", { confirmedDirections: 3, activeParticipants: 25, maxParticipants: 36 }, { minDirections: 5, maxDirections: 10, maxParticipants: 30 }, { ok: false, code: "MINIMUM_UNREACHABLE", field: "maxParticipants", details: { minDirections: 5 } }],
    ["raising the minimum out of reach", { confirmedDirections: 3, activeParticipants: 24 }, { minDirections: 6, maxDirections: 10, maxParticipants: 30 }, { ok: false, code: "MINIMUM_UNREACHABLE", field: "minDirections", details: { minDirections: 6 } }],
    ["a change that brings an out-of-reach minimum closer is allowed", { confirmedDirections: 2, activeParticipants: 40, maxParticipants: 40 }, { minDirections: 4, maxDirections: 10, maxParticipants: 40 }, { ok: true }],
    ["the participant cap below booked", { confirmedDirections: 8, activeParticipants: 32, maxParticipants: 36 }, { minDirections: 5, maxDirections: 10, maxParticipants: 31 }, { ok: false, code: "CAP_BELOW_BOOKINGS", field: "maxParticipants" }],
    ["the participant cap below booked and held", { confirmedDirections: 7, activeParticipants: 28, heldDirections: 1, heldSeats: 3, maxParticipants: 36 }, { minDirections: 5, maxDirections: 10, maxParticipants: 30 }, { ok: false, code: "CAP_BELOW_BOOKINGS", field: "maxParticipants" }],
    ["the direction cap below confirmed and held", { confirmedDirections: 5, activeParticipants: 20, heldDirections: 1, heldSeats: 3 }, { minDirections: 5, maxDirections: 5, maxParticipants: 30 }, { ok: false, code: "CAP_BELOW_BOOKINGS", field: "maxDirections" }],
  ] as [string, Partial<CohortCapacity>, { minDirections: number; maxDirections: number; maxParticipants: number }, unknown][])("%s", (_case, overrides, limits, expected) => {
    expect(decideLimits(cohort(overrides), limits)).toEqual(expected);
  });

});

describe("offers of freed places: first in line first, among those that fit", () => {
  const w = (id: string, participants: number, offered?: number) => ({ id, participants, hold: offered === undefined ? null : { kind: "OFFER" as const, seats: offered } });
  it.each([
    ["the first in line that fits", { confirmedDirections: 6, activeParticipants: 28 }, [w("a", 3), w("b", 2), w("c", 1)], [], ["b"]],
    ["several, while places last", { confirmedDirections: 6, activeParticipants: 25 }, [w("a", 3), w("b", 2), w("c", 1)], [], ["a", "b"]],
    ["never a place already held", { confirmedDirections: 6, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, [w("a", 2, 2), w("b", 1)], [], []],
    ["skips the direction whose offer just lapsed", { confirmedDirections: 6, activeParticipants: 28 }, [w("a", 2), w("b", 2)], ["a"], ["b"]],
    ["keeps the minimum's reserve", { confirmedDirections: 3, activeParticipants: 24 }, [w("a", 4), w("b", 3)], [], ["b"]],
    ["one slot left", { confirmedDirections: 9, activeParticipants: 20 }, [w("a", 2), w("b", 2)], [], ["a"]],
  ] as [string, Partial<CohortCapacity>, ReturnType<typeof w>[], string[], string[]][])("%s", (_case, overrides, list, skip, expected) => {
    expect(chooseOffers(cohort(overrides), list, { skip }).map((d) => d.id)).toEqual(expected);
  });
});

describe("holds", () => {
  it.each([
    ["holds what was offered", { participants: 3, hold: { kind: "OFFER" as const, seats: 3 } }, 3],
    ["never more than the direction still has", { participants: 2, hold: { kind: "OFFER" as const, seats: 3 } }, 2],
    ["not more than offered when it grew", { participants: 4, hold: { kind: "OFFER" as const, seats: 3 } }, 3],
    ["no hold", { participants: 4, hold: null }, 0],
  ])("%s", (_case, direction, seats) => {
    expect(heldSeatsOf(direction)).toBe(seats);
  });

  it("a holder does not block itself", () => {
    const c = cohort({ confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 });
    expect(withoutHoldOf(c, { participants: 2, hold: { kind: "OFFER", seats: 2 } })).toMatchObject({ heldDirections: 0, heldSeats: 0 });
    expect(withoutHoldOf(c, { participants: 2, hold: null })).toBe(c);
  });
});

describe("a registration pending approval", () => {
  it("holds a slot and its seats, counts as coming for the reserve, but does not make the cohort run", () => {
    const c = cohort({ confirmedDirections: 4, activeParticipants: 24, heldDirections: 1, heldSeats: 4 });
    expect(missingDirections(c)).toBe(0);
    expect(seatsLeft(c)).toBe(2);
    expect(isRunning(c)).toBe(false);
    expect(runsTransition({ ...c, runningSince: null })).toBeNull();
  });
});

describe("the runs-event", () => {
  it.each([
    ["reaches the minimum", { runningSince: null, confirmedDirections: 5 }, "STARTS_RUNNING"],
    ["still short of it", { runningSince: null, confirmedDirections: 4 }, null],
    ["already running", { runningSince: now, confirmedDirections: 6 }, null],
    ["falls below it again", { runningSince: now, confirmedDirections: 4 }, "STOPS_RUNNING"],
    ["a cancelled cohort does not run or stop", { runningSince: now, confirmedDirections: 0, status: "CANCELLED" as const }, null],
    ["a completed cohort is left alone", { runningSince: null, confirmedDirections: 6, status: "COMPLETED" as const }, null],
  ])("%s", (_case, overrides, expected) => {
    expect(runsTransition({ ...base, ...overrides })).toBe(expected);
  });

  it("runs from the minimum of confirmed directions (held ones do not count)", () => {
    expect(isRunning({ confirmedDirections: 4, minDirections: 5 })).toBe(false);
    expect(isRunning({ confirmedDirections: 5, minDirections: 5 })).toBe(true);
  });
});

describe("availability", () => {
  it.each([
    ["open", {}, now, "OPEN"],
    ["few direction slots", { confirmedDirections: 8, activeParticipants: 16 }, now, "FEW_SEATS"],
    ["held seats fill it", { confirmedDirections: 5, activeParticipants: 28, heldDirections: 1, heldSeats: 2 }, now, "FULL_WAITLIST"],
    ["the reserve fills it for a new direction", { confirmedDirections: 2, activeParticipants: 24 }, now, "FULL_WAITLIST"],
    ["closed", { status: "CLOSED" }, now, "CLOSED"],
    ["the seminar has begun", { registrationDeadline: null }, begun, "CLOSED"],
  ] as [string, Partial<CohortCapacity>, Date, string][])("%s", (_case, overrides, at, expected) => {
    expect(availability(cohort(overrides), at)).toBe(expected);
  });

  it("says why registration is closed", () => {
    expect(registrationClosure(cohort({ status: "DRAFT" }), now)).toBe("NOT_OPEN");
    expect(registrationClosure(cohort({}), new Date("2027-01-30T00:00:00Z"))).toBe("DEADLINE_PASSED");
    expect(registrationClosure(cohort({ registrationDeadline: null }), begun)).toBe("SEMINAR_STARTED");
    expect(registrationClosure(cohort({}), now)).toBeNull();
  });
});

describe("the participant limit per direction, where the forms stop offering 'Tilføj deltager'", () => {
  it.each([
    [7, 8, false],
    [8, 8, true],
    [9, 8, true],
    [0, 1, false],
    [1, 1, true],
  ])("%i participants with a limit of %i: at the limit %s", (participants, limit, expected) => {
    expect(atParticipantLimit(participants, limit)).toBe(expected);
  });
});

describe("the cohorts a direction may move into, which the move page offers", () => {
  it.each([
    ["DRAFT", true, seminarStart, null],
    ["OPEN", true, seminarStart, null],
    ["CLOSED", true, seminarStart, null],
    ["CANCELLED", true, seminarStart, "INVALID_STATE"],
    ["COMPLETED", true, seminarStart, "INVALID_STATE"],
    ["OPEN", false, seminarStart, "DATES_NOT_ANNOUNCED"],
    ["DRAFT", true, null, "DATES_NOT_ANNOUNCED"],
  ] as const)("%s, dates announced %s, seminar %s: %s", (status, datesAnnounced, start, refusal) => {
    const c = cohort({ status, datesAnnounced, seminarStart: start });
    expect(moveTargetRefusal(c)?.code ?? null).toBe(refusal);
    expect(isCohortOver(c)).toBe(refusal === "INVALID_STATE");
    // The page's choice and the move's own rule are one: a refused target refuses any direction, however small.
    const verdict = decidePlaceChange(c, { kind: "MOVE_IN", direction: { status: "CONFIRMED", participants: 1, hold: null } }, { now, staff: true });
    expect(verdict.ok ? null : verdict.code).toBe(refusal);
  });
});
