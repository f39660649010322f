import type { Metadata } from "next";
import { FIELD_LABELS } from "@/domain/fields";
import { PrintPage } from "@/components/admin/print-page";
import { loadRosterPage } from "../load-roster";

export const metadata: Metadata = { title: "Deltagerliste" };

export default async function ParticipantListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const roster = await loadRosterPage(id, "deltagerliste");
  return (
    <PrintPage cohortId={id} cohortTitle={roster.cohort.title} title="Deltagerliste" csvHref={`/admin/hold/${id}/deltagerliste/csv`}>
      <p>{roster.participants.length} deltagere</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Deltagerliste">
        <table>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Stilling</th>
              <th scope="col">Kommune</th>
              <th scope="col">Fagområde</th>
              <th scope="col">E-mail</th>
              <th scope="col">Telefon</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </PrintPage>
  );
}
