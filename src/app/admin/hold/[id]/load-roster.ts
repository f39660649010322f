import "server-only";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { getCohortRoster } from "@/server/cohorts/get-cohort-roster";

/** The printable cohort lists (deltagerliste, kost, værelser): staff only, 404 for an unknown cohort. */
export async function loadRosterPage(cohortId: string, page: "deltagerliste" | "kost" | "vaerelser") {
  await requirePageRole(`/admin/hold/${cohortId}/${page}`, "STAFF");
  const roster = await getCohortRoster(cohortId);
  if (!roster) notFound();
  return roster;
}
