import "server-only";
import type { Tx } from "@/server/db";

/**
 * Gives the cohort's waiting list the positions 1..n in the given order. The unique index on
 * (cohortId, waitlistPosition) is checked row by row, so positions first move to distinct
 * negative numbers (which nothing else uses) and only then to their final values.
 */
export async function renumberWaitlist(tx: Tx, cohortId: string, orderedDirectionIds: string[]) {
  for (const [index, id] of orderedDirectionIds.entries()) {
    await tx.direction.update({ where: { id }, data: { waitlistPosition: -(index + 1) } });
  }
  await tx.$executeRaw`UPDATE "Direction" SET "waitlistPosition" = -"waitlistPosition"
    WHERE "cohortId" = ${cohortId} AND status = 'WAITLISTED' AND "waitlistPosition" < 0`;
}

/** The waiting list in order, first in line first. */
export async function waitlistOrder(tx: Tx, cohortId: string): Promise<string[]> {
  const rows = await tx.direction.findMany({ where: { cohortId, status: "WAITLISTED" }, orderBy: { waitlistPosition: "asc" }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Closes the gaps a direction leaving the list leaves behind, so "plads nr. N" stays true. */
export async function compactWaitlist(tx: Tx, cohortId: string) {
  await renumberWaitlist(tx, cohortId, await waitlistOrder(tx, cohortId));
}
