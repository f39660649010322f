import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { getCohortRoster } from "@/server/cohorts/get-cohort-roster";
import { renderBadgesPdf } from "@/server/cohorts/render-badges-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { denied } = await requireStaffRoute();
  if (denied) return denied;
  const { id } = await params;
  const roster = await getCohortRoster(id);
  if (!roster) return new Response("Holdet findes ikke.", { status: 404, headers: { "Cache-Control": "no-store" } });
  const pdf = await renderBadgesPdf({ badges: roster.participants.map((p) => ({ name: p.name, jobTitle: p.jobTitle, municipality: `${p.municipality} Kommune` })), cohortNumber: roster.cohort.number });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="navneskilte-${roster.cohort.slug}.pdf"`, "Cache-Control": "no-store" },
  });
}
