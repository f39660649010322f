import type { Metadata } from "next";
import { dietaryCounts } from "@/server/cohorts/get-cohort-roster";
import { PrintPage } from "@/components/admin/print-page";
import { loadRosterPage } from "../load-roster";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Kostbehov" };

export default async function DietaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const roster = await loadRosterPage(id, "kost");
  const counts = dietaryCounts(roster.participants);
  const named = roster.participants.filter((p) => p.dietaryNeeds);
  return (
    <PrintPage cohortId={id} cohortTitle={roster.cohort.title} title="Kostbehov" csvHref={`/admin/hold/${id}/kost/csv`}>
      <p>
        {roster.participants.length} deltagere i alt, heraf {named.length} med særlige kostbehov. Kostbehov er kun registreret for deltagere, der har givet samtykke.
      </p>
      <h2>Antal pr. kostbehov</h2>
      <ScrollTable label="Antal pr. kostbehov" columns={["Kostbehov", { label: "Antal", numeric: true }]}>
        {counts.map((c) => (
          <tr key={c.need}>
            <td>{c.need}</td>
            <td className="num">{c.count}</td>
          </tr>
        ))}
        <tr>
          <td>Ingen særlige kostbehov</td>
          <td className="num">{roster.participants.length - named.length}</td>
        </tr>
      </ScrollTable>
      <h2>Deltagere med kostbehov</h2>
      {named.length === 0 ? (
        <p>Ingen.</p>
      ) : (
        <ScrollTable label="Deltagere med kostbehov" columns={["Navn", "Kommune", "Kostbehov"]}>
          {named.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.municipality}</td>
              <td>{p.dietaryNeeds}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </PrintPage>
  );
}
