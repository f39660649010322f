import type { RosterParticipant } from "@/server/cohorts/get-cohort-roster";
import { formatDateShort } from "@/lib/format";
import { csvResponseHeaders, toCsv, type CsvColumn } from "@/lib/csv";
import { rosterDownload } from "../../load-roster";

export const GET = rosterDownload((roster) => {
  const { seminarStart, seminarEnd } = roster.cohort;
  const columns: CsvColumn<RosterParticipant>[] = [
    { header: "Navn", value: (p) => p.name },
    { header: "Kommune", value: (p) => p.municipality },
    { header: "Ankomst", value: () => (seminarStart ? formatDateShort(seminarStart) : "") },
    { header: "Afrejse", value: () => (seminarEnd ? formatDateShort(seminarEnd) : "") },
    { header: "Tilgængelighed", value: (p) => p.accessibilityNeeds ?? "" },
  ];
  return new Response(toCsv(columns, roster.participants.filter((p) => p.overnightStay)), { headers: csvResponseHeaders(`vaerelser-${roster.cohort.slug}.csv`) });
});
