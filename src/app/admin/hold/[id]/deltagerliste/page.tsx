import type { Metadata } from "next";
import { FIELD_LABELS } from "@/domain/fields";
import { PrintPage } from "@/components/admin/print-page";
import { loadRosterPage } from "../load-roster";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Deltagerliste" };

export default async function ParticipantListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const roster = await loadRosterPage(id, "deltagerliste");
  return (
    <PrintPage cohortId={id} cohortTitle={roster.cohort.title} title="Deltagerliste" csvHref={`/admin/hold/${id}/deltagerliste/csv`}>
      <p>{roster.participants.length} deltagere</p>
      <ScrollTable label="Deltagerliste" columns={["Navn", "Stilling", "Kommune", "Fagområde", "E-mail", "Telefon"]}>
        {roster.participants.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td>
            <td>{p.jobTitle}</td>
            <td>{p.municipality}</td>
            <td>{FIELD_LABELS[p.field]}</td>
            <td>{p.email}</td>
            <td>{p.phone || "–"}</td>
          </tr>
        ))}
      </ScrollTable>
    </PrintPage>
  );
}
