import type { RosterParticipant } from "@/server/cohorts/get-cohort-roster";
import { FIELD_LABELS } from "@/domain/fields";
import { csvResponseHeaders, toCsv, type CsvColumn } from "@/lib/csv";
import { rosterDownload } from "../../load-roster";

const COLUMNS: CsvColumn<RosterParticipant>[] = [
  { header: "Navn", value: (p) => p.name },
  { header: "Stilling", value: (p) => p.jobTitle },
  { header: "Kommune", value: (p) => p.municipality },
  { header: "Fagområde", value: (p) => FIELD_LABELS[p.field] },
  { header: "E-mail", value: (p) => p.email },
  { header: "Telefon", value: (p) => p.phone },
  { header: "Overnatning", value: (p) => p.overnightStay },
];

export const GET = rosterDownload((roster) => {
  return new Response(toCsv(COLUMNS, roster.participants), { headers: csvResponseHeaders(`deltagerliste-${roster.cohort.slug}.csv`) });
});
