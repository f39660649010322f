import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { getCohortRoster, type RosterParticipant } from "@/server/cohorts/get-cohort-roster";
import { FIELD_LABELS } from "@/domain/fields";
import { csvResponseHeaders, toCsv, type CsvColumn } from "@/lib/csv";

const COLUMNS: CsvColumn<RosterParticipant>[] = [
  { header: "Navn", value: (p) => p.name },
  { header: "Stilling", value: (p) => p.jobTitle },
  { header: "Kommune", value: (p) => p.municipality },
  { header: "Fagområde", value: (p) => FIELD_LABELS[p.field] },
  { header: "E-mail", value: (p) => p.email },
  { header: "Telefon", value: (p) => p.phone },
  { header: "Overnatning", value: (p) => p.overnightStay },
];

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { denied } = await requireStaffRoute();
  if (denied) return denied;
  const { id } = await params;
  const roster = await getCohortRoster(id);
  if (!roster) return new Response("Holdet findes ikke.", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(toCsv(COLUMNS, roster.participants), { headers: csvResponseHeaders(`deltagerliste-${roster.cohort.slug}.csv`) });
}
