import "server-only";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { getCohortRoster } from "@/server/cohorts/get-cohort-roster";

type CohortRoster = NonNullable<Awaited<ReturnType<typeof getCohortRoster>>>;

/** The printable cohort lists (deltagerliste, kost, værelser): staff only, 404 for an unknown cohort. */
export async function loadRosterPage(cohortId: string, page: "deltagerliste" | "kost" | "vaerelser") {
  await requirePageRole(`/admin/hold/${cohortId}/${page}`, "STAFF");
  const roster = await getCohortRoster(cohortId);
  if (!roster) notFound();
  return roster;
}

/** A route handler for a download made from a cohort's roster (CSV, badges): staff only, 404 for an unknown cohort. */
export function rosterDownload(render: (roster: CohortRoster) => Response | Promise<Response>) {
  return async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const { denied } = await requireStaffRoute();
    if (denied) return denied;
    const { id } = await params;
    const roster = await getCohortRoster(id);
    if (!roster) return new Response("Holdet findes ikke.", { status: 404, headers: { "Cache-Control": "no-store" } });
    return render(roster);
  };
}
