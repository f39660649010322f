import "server-only";
import { lockCohort, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { countCohortBookings, toCapacity } from "@/server/cohorts/cohort-capacity";

/** The cohort's capacity as committed, read under the cohort lock so it cannot change before our write. */
export async function readCohortCapacityLocked(tx: Tx, cohortId: string) {
  await lockCohort(tx, cohortId);
  const cohort = await tx.cohort.findUnique({ where: { id: cohortId } });
  if (!cohort) throw new DomainError("NOT_FOUND");
  const counts = await countCohortBookings(tx, [cohortId]);
  return { cohort, capacity: toCapacity(cohort, counts.get(cohortId)), waitlisted: counts.get(cohortId)?.waitlisted ?? 0 };
}

/** Records the moment a cohort first reaches its minimum of confirmed directions ("gennemføres"). */
export async function markCohortRunningIfReached(tx: Tx, cohortId: string, now: Date) {
  const { cohort, capacity } = await readCohortCapacityLocked(tx, cohortId);
  if (cohort.runningSince === null && capacity.confirmedDirections >= cohort.minDirections) {
    await tx.cohort.update({ where: { id: cohortId }, data: { runningSince: now } });
  }
}
