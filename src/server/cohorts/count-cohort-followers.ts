import "server-only";
import { db } from "@/server/db";

/** How many addresses follow a cohort ("Giv mig besked"): they are mailed when it opens. */
export async function countCohortFollowers({ cohortId }: { cohortId: string }) {
  return db.cohortFollower.count({ where: { cohortId } });
}
