import "server-only";
import { db } from "@/server/db";
import type { TakenCohortKeys } from "@/lib/schemas/cohort";

/**
 * The cohort numbers and addresses in use, except the cohort being edited, so the cohort form
 * reports a taken one together with every other error. The unique indexes stay the backstop
 * for a cohort created meanwhile (cohortWriteError).
 */
export async function listTakenCohortKeys({ exceptCohortId }: { exceptCohortId?: string } = {}): Promise<TakenCohortKeys> {
  const cohorts = await db.cohort.findMany({ where: exceptCohortId ? { id: { not: exceptCohortId } } : {}, select: { number: true, slug: true } });
  return { numbers: new Set(cohorts.map((c) => c.number)), slugs: new Set(cohorts.map((c) => c.slug)) };
}
