// When a director may change a registration. Staff are not bound by these windows;
// the use cases decide that, these functions only state the programme's rules.
import { subDays } from "date-fns";
import { TZDate } from "@date-fns/tz";

const TIME_ZONE = "Europe/Copenhagen";

/**
 * The last instant a cancellation is free: `freeCancellationDays` calendar days before the
 * seminar starts, counted in Copenhagen so a daylight-saving change does not move it an hour.
 */
export function freeCancellationDeadline(seminarStart: Date, freeCancellationDays: number): Date {
  return new Date(subDays(new TZDate(seminarStart.getTime(), TIME_ZONE), freeCancellationDays).getTime());
}

/** Free while the seminar has no date yet or the deadline has not passed (the deadline itself is still free). */
export function isFreeCancellation({ now, seminarStart, freeCancellationDays }: { now: Date; seminarStart: Date | null; freeCancellationDays: number }): boolean {
  if (seminarStart === null) return true;
  return now.getTime() <= freeCancellationDeadline(seminarStart, freeCancellationDays).getTime();
}

/**
 * Adding and removing participants changes the cohort's numbers, so it closes with registration:
 * at the registration deadline, or when the seminar starts if it has no deadline (or a later one).
 */
export function canChangeParticipantCount({ now, registrationDeadline, seminarStart }: { now: Date; registrationDeadline: Date | null; seminarStart: Date | null }): boolean {
  if (seminarStart !== null && now.getTime() >= seminarStart.getTime()) return false;
  return registrationDeadline === null || now.getTime() <= registrationDeadline.getTime();
}

/** A participant can be replaced by a colleague, or their details corrected, until the seminar begins. */
export function canChangeParticipantDetails({ now, seminarStart }: { now: Date; seminarStart: Date | null }): boolean {
  return seminarStart === null || now.getTime() < seminarStart.getTime();
}

/** A director can cancel the whole registration until the seminar begins (late cancellations carry the fee). */
export function canCancelRegistration({ now, seminarStart }: { now: Date; seminarStart: Date | null }): boolean {
  return seminarStart === null || now.getTime() < seminarStart.getTime();
}

/** Hours a waiting-list direction has to accept an offered place. */
export const WAITLIST_OFFER_HOURS = 72;

export function waitlistOfferExpiry(now: Date): Date {
  return new Date(now.getTime() + WAITLIST_OFFER_HOURS * 60 * 60 * 1000);
}
