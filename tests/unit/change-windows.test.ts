import { describe, expect, it } from "vitest";
import {
  canCancelRegistration,
  canChangeParticipantCount,
  canChangeParticipantDetails,
  freeCancellationDeadline,
  isFreeCancellation,
  waitlistOfferExpiry,
} from "../../src/domain/change-windows";

// 9 March 2027 12:00 in Copenhagen (winter time, UTC+1).
const seminarStart = new Date("2027-03-09T11:00:00Z");

describe("free cancellation", () => {
  it("ends 42 calendar days before the seminar, at the same Copenhagen wall-clock time", () => {
    // 26 January 2027 12:00 Copenhagen.
    expect(freeCancellationDeadline(seminarStart, 42).toISOString()).toBe("2027-01-26T11:00:00.000Z");
  });

  it("keeps the wall-clock time across a daylight-saving change", () => {
    // 20 April 2027 12:00 summer time (UTC+2); 42 days earlier is 9 March 12:00 winter time (UTC+1).
    expect(freeCancellationDeadline(new Date("2027-04-20T10:00:00Z"), 42).toISOString()).toBe("2027-03-09T11:00:00.000Z");
  });

  it("is free up to and including the deadline, and charged after it", () => {
    expect(isFreeCancellation({ now: new Date("2027-01-26T11:00:00Z"), seminarStart, freeCancellationDays: 42 })).toBe(true);
    expect(isFreeCancellation({ now: new Date("2027-01-26T11:00:01Z"), seminarStart, freeCancellationDays: 42 })).toBe(false);
    expect(isFreeCancellation({ now: new Date("2027-03-01T00:00:00Z"), seminarStart, freeCancellationDays: 42 })).toBe(false);
  });

  it("is free while the seminar has no date", () => {
    expect(isFreeCancellation({ now: new Date("2030-01-01T00:00:00Z"), seminarStart: null, freeCancellationDays: 42 })).toBe(true);
  });

  it("follows the programme's number of days", () => {
    const now = new Date("2027-02-10T00:00:00Z");
    expect(isFreeCancellation({ now, seminarStart, freeCancellationDays: 42 })).toBe(false);
    expect(isFreeCancellation({ now, seminarStart, freeCancellationDays: 14 })).toBe(true);
  });
});

describe("change windows", () => {
  const registrationDeadline = new Date("2027-01-29T22:59:00Z");

  it.each([
    ["at the registration deadline (inclusive)", registrationDeadline, registrationDeadline, seminarStart, true],
    ["just after the registration deadline", new Date(registrationDeadline.getTime() + 1), registrationDeadline, seminarStart, false],
    ["without a deadline, before the seminar", new Date(seminarStart.getTime() - 1), null, seminarStart, true],
    ["without a deadline, at the seminar's start", seminarStart, null, seminarStart, false],
    ["with a deadline after the seminar's start, at the start", seminarStart, new Date("2099-01-01T00:00:00Z"), seminarStart, false],
    ["without a deadline or dates", new Date("2030-01-01T00:00:00Z"), null, null, true],
  ] as [string, Date, Date | null, Date | null, boolean][])("adding and removing participants: %s", (_case, now, deadline, start, expected) => {
    expect(canChangeParticipantCount({ now, registrationDeadline: deadline, seminarStart: start })).toBe(expected);
  });

  it("allows substitution and corrections until the seminar starts, not at the start", () => {
    expect(canChangeParticipantDetails({ now: new Date(seminarStart.getTime() - 1), seminarStart })).toBe(true);
    expect(canChangeParticipantDetails({ now: seminarStart, seminarStart })).toBe(false);
    expect(canChangeParticipantDetails({ now: new Date("2030-01-01T00:00:00Z"), seminarStart: null })).toBe(true);
  });

  it("allows a director to cancel until the seminar starts", () => {
    expect(canCancelRegistration({ now: new Date(seminarStart.getTime() - 1), seminarStart })).toBe(true);
    expect(canCancelRegistration({ now: seminarStart, seminarStart })).toBe(false);
  });
});

describe("waiting-list offers", () => {
  it("expire after 72 hours", () => {
    expect(waitlistOfferExpiry(new Date("2027-01-01T10:00:00Z")).toISOString()).toBe("2027-01-04T10:00:00.000Z");
  });

});
