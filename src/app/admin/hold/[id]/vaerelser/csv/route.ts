import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { getCohortRoster, type RosterParticipant } from "@/server/cohorts/get-cohort-roster";
import { formatDateShort } from "@/lib/format";
import { csvResponseHeaders, toCsv, type CsvColumn } from "@/lib/csv";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { denied } = await requireStaffRoute();
  if (denied) return denied;
  const { id } = await params;
  const roster = await getCohortRoster(id);
  if (!roster) return new Response("Holdet findes ikke.", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { seminarStart, seminarEnd } = roster.cohort;
  const columns: CsvColumn<RosterParticipant>[] = [
    { header: "Navn", value: (p) => p.name },
    { header: "Kommune", value: (p) => p.municipality },
    { header: "Ankomst", value: () => (seminarStart ? formatDateShort(seminarStart) : "") },
    { header: "Afrejse", value: () => (seminarEnd ? formatDateShort(seminarEnd) : "") },
    { header: "Tilgængelighed", value: (p) => p.accessibilityNeeds ?? "" },
  ];
  return new Response(toCsv(columns, roster.participants.filter((p) => p.overnightStay)), { headers: csvResponseHeaders(`vaerelser-${roster.cohort.slug}.csv`) });
}
