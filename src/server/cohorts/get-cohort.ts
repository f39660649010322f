import "server-only";
import { db } from "@/server/db";

/** One cohort by id, or null when there is none. */
export async function getCohort({ cohortId }: { cohortId: string }) {
  return db.cohort.findUnique({ where: { id: cohortId } });
}

export type CohortRecord = NonNullable<Awaited<ReturnType<typeof getCohort>>>;
