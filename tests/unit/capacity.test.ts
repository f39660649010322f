import { describe, expect, it } from "vitest";
import { availability, canAddParticipants, decidePlacement, isRunning, seatsLeft, validateParticipantCap, type CohortCapacity } from "../../src/domain/capacity";

const now = new Date("2027-01-10T10:00:00Z");
const base: CohortCapacity = {
  status: "OPEN",
  minDirections: 5,
  maxDirections: 10,
  maxParticipants: 36,
  registrationDeadline: new Date("2027-01-29T22:59:00Z"),
  confirmedDirections: 0,
  activeParticipants: 0,
};

describe("placement of a new direction", () => {
  it("confirms when there is room", () => {
    expect(decidePlacement(base, 4, now)).toEqual({ kind: "CONFIRM" });
  });
  it("waitlists when 10 directions are confirmed", () => {
    expect(decidePlacement({ ...base, confirmedDirections: 10, activeParticipants: 30 }, 1, now)).toEqual({ kind: "WAITLIST", reason: "DIRECTIONS_FULL" });
  });
  it("waitlists when the participants do not fit", () => {
    expect(decidePlacement({ ...base, confirmedDirections: 8, activeParticipants: 33 }, 4, now)).toEqual({ kind: "WAITLIST", reason: "PARTICIPANTS_FULL" });
  });
  it("confirms when the participants exactly fill the cap", () => {
    expect(decidePlacement({ ...base, confirmedDirections: 8, activeParticipants: 33 }, 3, now)).toEqual({ kind: "CONFIRM" });
  });
  it("refuses when the cohort is not open", () => {
    expect(decidePlacement({ ...base, status: "DRAFT" }, 1, now)).toEqual({ kind: "REFUSE", reason: "NOT_OPEN" });
    expect(decidePlacement({ ...base, status: "CLOSED" }, 1, now)).toEqual({ kind: "REFUSE", reason: "NOT_OPEN" });
  });
  it("refuses after the deadline", () => {
    expect(decidePlacement(base, 1, new Date("2027-01-30T00:00:00Z"))).toEqual({ kind: "REFUSE", reason: "DEADLINE_PASSED" });
  });
});

describe("cohort state", () => {
  it("runs from 5 confirmed directions", () => {
    expect(isRunning({ confirmedDirections: 4, minDirections: 5 })).toBe(false);
    expect(isRunning({ confirmedDirections: 5, minDirections: 5 })).toBe(true);
  });
  it("reports availability", () => {
    expect(availability(base, now)).toBe("OPEN");
    expect(availability({ ...base, confirmedDirections: 9 }, now)).toBe("FEW_SEATS");
    expect(availability({ ...base, activeParticipants: 36 }, now)).toBe("FULL_WAITLIST");
    expect(availability({ ...base, status: "CLOSED" }, now)).toBe("CLOSED");
  });
  it("counts seats left and never below zero", () => {
    expect(seatsLeft({ ...base, activeParticipants: 30 })).toBe(6);
    expect(seatsLeft({ ...base, activeParticipants: 40 })).toBe(0);
    expect(canAddParticipants({ ...base, activeParticipants: 35 }, 1)).toBe(true);
    expect(canAddParticipants({ ...base, activeParticipants: 35 }, 2)).toBe(false);
  });
  it("validates a participant cap", () => {
    expect(validateParticipantCap(35, 20)).toBe("OK");
    expect(validateParticipantCap(29, 0)).toBe("OUT_OF_RANGE");
    expect(validateParticipantCap(41, 0)).toBe("OUT_OF_RANGE");
    expect(validateParticipantCap(32, 33)).toBe("BELOW_BOOKINGS");
  });
});
