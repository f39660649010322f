import { dietaryCounts } from "@/server/cohorts/get-cohort-roster";
import { CSV_BOM, csvLine, csvResponseHeaders, csvSafeText } from "@/lib/csv";
import { rosterDownload } from "../../load-roster";

/** Counts per need first (what the venue plans with), then the consenting participants by name. */
export const GET = rosterDownload((roster) => {
  const named = roster.participants.filter((p) => p.dietaryNeeds);
  const lines = [csvLine(["Kostbehov", "Antal"])];
  for (const c of dietaryCounts(roster.participants)) lines.push(csvLine([csvSafeText(c.need), c.count]));
  lines.push(csvLine(["Ingen særlige kostbehov", roster.participants.length - named.length]));
  lines.push(csvLine([]));
  lines.push(csvLine(["Navn", "Kommune", "Kostbehov"]));
  for (const p of named) lines.push(csvLine([csvSafeText(p.name), csvSafeText(p.municipality), csvSafeText(p.dietaryNeeds ?? "")]));
  return new Response(CSV_BOM + lines.join(""), { headers: csvResponseHeaders(`kost-${roster.cohort.slug}.csv`) });
});
