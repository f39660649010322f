import "server-only";
import { db } from "@/server/db";

/** The cohorts' ids and titles in number order, for filters and pickers; `withoutCancelled` leaves cancelled cohorts out. */
export async function listCohortOptions({ withoutCancelled = false }: { withoutCancelled?: boolean } = {}) {
  return db.cohort.findMany({ where: withoutCancelled ? { status: { not: "CANCELLED" } } : {}, orderBy: { number: "asc" }, select: { id: true, title: true } });
}
