import "server-only";
import { db } from "@/server/db";

/** The ten latest messages staff sent to a cohort, newest first, as their audit entries (which name the batch, subject and recipients). */
export async function listSentCohortMessages() {
  return db.auditLog.findMany({ where: { action: "cohort.message" }, orderBy: { at: "desc" }, take: 10 });
}
