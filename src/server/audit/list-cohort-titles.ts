import "server-only";
import { db } from "@/server/db";

/** Every cohort's title by id and by slug, for history sentences whose entries name a cohort by either. */
export async function listCohortTitles(): Promise<Record<string, string>> {
  const cohorts = await db.cohort.findMany({ select: { id: true, slug: true, title: true } });
  return Object.fromEntries(cohorts.flatMap((c) => [[c.id, c.title], [c.slug, c.title]]));
}
