import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { dietaryCounts, getCohortRoster } from "@/server/cohorts/get-cohort-roster";
import { CSV_BOM, csvLine, csvResponseHeaders, csvSafeText } from "@/lib/csv";

/** Counts per need first (what the venue plans with), then the consenting participants by name. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { denied } = await requireStaffRoute();
  if (denied) return denied;
  const { id } = await params;
  const roster = await getCohortRoster(id);
  if (!roster) return new Response("Holdet findes ikke.", { status: 404, headers: { "Cache-Control": "no-store" } });
  const named = roster.participants.filter((p) => p.dietaryNeeds);
  const lines = [csvLine(["Kostbehov", "Antal"])];
  for (const c of dietaryCounts(roster.participants)) lines.push(csvLine([csvSafeText(c.need), c.count]));
  lines.push(csvLine(["Ingen særlige kostbehov", roster.participants.length - named.length]));
  lines.push(csvLine([]));
  lines.push(csvLine(["Navn", "Kommune", "Kostbehov"]));
  for (const p of named) lines.push(csvLine([csvSafeText(p.name), csvSafeText(p.municipality), csvSafeText(p.dietaryNeeds ?? "")]));
  return new Response(CSV_BOM + lines.join(""), { headers: csvResponseHeaders(`kost-${roster.cohort.slug}.csv`) });
}
