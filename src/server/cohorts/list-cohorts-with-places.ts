import "server-only";
import { db, readRows } from "@/server/db";
import { readCohortPlacesById } from "@/server/cohorts/place-counts";

/** Every cohort in number order, with its places by cohort id, for the staff list of cohorts. */
export async function listCohortsWithPlaces() {
  const cohorts = await db.cohort.findMany({ orderBy: { number: "asc" } });
  const places = await readCohortPlacesById(readRows, cohorts.map((c) => c.id));
  return { cohorts, places };
}
