// Invoice dates are calendar dates in Copenhagen, stored as PostgreSQL DATE. Arithmetic is
// done on the date itself (UTC midnight), so daylight-saving changes never shift a due date.
import { isoDateInCopenhagen } from "../lib/format";

/** The DATE value Prisma writes for an ISO calendar date. */
export function dateColumn(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`not an ISO date: ${isoDate}`);
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** The ISO calendar date of a DATE value read back from PostgreSQL. */
export function isoDateOfColumn(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function addCalendarDays(isoDate: string, days: number): string {
  const date = dateColumn(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDateOfColumn(date);
}

/** Issue date = today in Copenhagen; due date = issue date + the payment terms. */
export function invoiceDates(input: { now: Date; paymentTermsDays: number }): { issueDate: string; dueDate: string } {
  const issueDate = isoDateInCopenhagen(input.now);
  return { issueDate, dueDate: addCalendarDays(issueDate, input.paymentTermsDays) };
}
