import type { Metadata } from "next";
import { dietaryCounts } from "@/server/cohorts/get-cohort-roster";
import { PrintPage } from "@/components/admin/print-page";
import { loadRosterPage } from "../load-roster";

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
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Antal pr. kostbehov">
        <table>
          <thead>
            <tr>
              <th scope="col">Kostbehov</th>
              <th scope="col" className="num">
                Antal
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
      <h2>Deltagere med kostbehov</h2>
      {named.length === 0 ? (
        <p>Ingen.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Deltagere med kostbehov">
          <table>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Kommune</th>
                <th scope="col">Kostbehov</th>
              </tr>
            </thead>
            <tbody>
              {named.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.municipality}</td>
                  <td>{p.dietaryNeeds}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PrintPage>
  );
}
