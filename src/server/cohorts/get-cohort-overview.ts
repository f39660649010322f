import "server-only";
import { db, readRows } from "@/server/db";
import { isCohortOver } from "@/domain/capacity";
import { readCohortPlacesById } from "@/server/cohorts/place-counts";

/** A cohort for its staff page: the cohort, its places, and whether it can still be edited; null when there is none. */
export async function getCohortOverview({ cohortId }: { cohortId: string }) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId } });
  if (!cohort) return null;
  const places = (await readCohortPlacesById(readRows, [cohortId])).get(cohortId)!;
  return { cohort, places, editable: !isCohortOver(cohort) };
}
