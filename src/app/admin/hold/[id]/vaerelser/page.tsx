import type { Metadata } from "next";
import { formatDateMedium } from "@/lib/format";
import { PrintPage } from "@/components/admin/print-page";
import { loadRosterPage } from "../load-roster";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Værelsesliste" };

export default async function RoomingListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const roster = await loadRosterPage(id, "vaerelser");
  const staying = roster.participants.filter((p) => p.overnightStay);
  return (
    <PrintPage cohortId={id} cohortTitle={roster.cohort.title} title="Værelsesliste" csvHref={`/admin/hold/${id}/vaerelser/csv`}>
      <p>
        {staying.length} enkeltværelser
        {roster.cohort.seminarStart && ` · ankomst ${formatDateMedium(roster.cohort.seminarStart)}`}
        {roster.cohort.seminarEnd && ` · afrejse ${formatDateMedium(roster.cohort.seminarEnd)}`}
        {roster.cohort.seminarVenueName && ` · ${roster.cohort.seminarVenueName}`}
      </p>
      <ScrollTable label="Værelser" columns={["Navn", "Kommune", "Tilgængelighed"]}>
        {staying.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.municipality}</td>
            <td>{p.accessibilityNeeds ?? "–"}</td>
          </tr>
        ))}
      </ScrollTable>
    </PrintPage>
  );
}
