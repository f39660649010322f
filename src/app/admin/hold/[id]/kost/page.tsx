import type { Metadata } from "next";
import { dietaryCounts } from "@/server/admin/get-cohort-roster";
import { PrintPage } from "@/components/admin/print-page";
import { loadRosterPage } from "../load-roster";

export const metadata: Metadata = { title: "Kost og allergier" };

export default async function DietaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const roster = await loadRosterPage(id, "kost");
  const counts = dietaryCounts(roster.participants);
  const named = roster.participants.filter((p) => p.dietaryNeeds);
  return (
    <PrintPage cohortId={id} cohortTitle={roster.cohort.title} title="Kost og allergier" csvHref={`/admin/hold/${id}/kost/csv`}>
      <p>
        {roster.participants.length} deltagere i alt, heraf {named.length} med særlige kostbehov. Behov er kun registreret for deltagere, der har givet samtykke.
      </p>
      <h2>Antal pr. behov</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Behov</th>
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
              <td>Ingen særlige behov</td>
              <td className="num">{roster.participants.length - named.length}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Deltagere med behov</h2>
      {named.length === 0 ? (
        <p>Ingen.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Kommune</th>
                <th scope="col">Behov</th>
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
