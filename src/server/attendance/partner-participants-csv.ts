import "server-only";
import { toCsv, type CsvColumn } from "@/lib/csv";
import { FIELD_LABELS } from "@/domain/fields";
import type { PartnerParticipantRow } from "@/server/attendance/list-partner-participants";

// Exactly the columns of /partner/deltagere: the export can never show more than the page.
const COLUMNS: CsvColumn<PartnerParticipantRow>[] = [
  { header: "Navn", value: (r) => r.name },
  { header: "Titel", value: (r) => r.jobTitle },
  { header: "Kommune", value: (r) => r.municipalityName },
  { header: "Hold", value: (r) => r.cohortTitle },
  { header: "Fagområde", value: (r) => FIELD_LABELS[r.field] },
];

export function partnerParticipantsCsv(rows: readonly PartnerParticipantRow[]): string {
  return toCsv(COLUMNS, rows);
}
