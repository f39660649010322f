import "server-only";

/**
 * Rows read as JSON (to_jsonb) in one raw statement, instead of several Prisma ORM queries
 * (each costs 1–2.5 ms of CPU: the query compiler runs in WebAssembly with no plan cache).
 * JSON carries dates as text; these are the DateTime columns of each model, to turn back into
 * Dates. A DateTime column added to the schema that such a reader returns must be listed here.
 */
export const DATE_COLUMNS = {
  direction: ["termsAcceptedAt", "cancelledAt", "runningNoticeAt", "createdAt", "updatedAt"],
  cohort: ["seminarStart", "seminarEnd", "followUpStart", "followUpEnd", "registrationDeadline", "runningSince", "belowMinimumSince", "createdAt", "updatedAt"],
  programme: ["createdAt", "updatedAt"],
  participant: ["healthDataErasedAt", "createdAt", "updatedAt"],
  invoice: ["issueDate", "dueDate", "sentAt", "paidAt", "createdAt"],
  waitlistOffer: ["expiresAt", "createdAt", "respondedAt"],
  auditLog: ["at"],
  /** The places statement of src/server/cohorts/place-counts.ts. */
  places: ["seminarStart", "registrationDeadline", "runningSince", "belowMinimumSince"],
} as const;

/** A JSON row with its date columns as Dates, typed as the model it was read from. */
export function reviveDates<T>(row: Record<string, unknown>, columns: readonly string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const column of columns) {
    const value = out[column];
    // timestamp(3) without time zone holds UTC (Prisma's convention); a date column has no time.
    if (typeof value === "string") out[column] = new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
  }
  return out as T;
}
