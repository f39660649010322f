import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { readCohortPlacesById } from "@/server/cohorts/place-counts";
import { formatDateShort } from "@/lib/format";
import { COHORT_STATUS_BADGE, COHORT_STATUS_LABELS } from "@/components/admin/labels";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Hold" };

export default async function AdminCohortsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/admin/hold", "STAFF");
  const params = singleParams(await searchParams);
  const cohorts = await db.cohort.findMany({ orderBy: { number: "asc" } });
  const counts = await readCohortPlacesById(db, cohorts.map((c) => c.id));
  return (
    <main id="main" className="container">
      <div className="page-head">
        <h1>Hold</h1>
        <Link className="button secondary" href="/admin/hold/ny">
          Opret hold
        </Link>
      </div>
      <Flash params={params} />
      <ScrollTable
        label="Holdene i forløbet"
        caption="Holdene i forløbet"
        columns={["Hold", "Status", "Seminar", "Frist", { label: "Direktioner", numeric: true }, { label: "Deltagere", numeric: true }, { label: "Venteliste", numeric: true }]}
      >
        {cohorts.map((cohort) => {
          const c = counts.get(cohort.id);
          return (
            <tr key={cohort.id}>
              <td>
                <Link href={`/admin/hold/${cohort.id}`}>{cohort.title}</Link>
                {!cohort.datesAnnounced && <span className="muted small"> · datoer ikke offentliggjort</span>}
              </td>
              <td>
                <span className={`badge ${COHORT_STATUS_BADGE[cohort.status]}`}>{COHORT_STATUS_LABELS[cohort.status]}</span>
              </td>
              <td>{cohort.seminarStart ? formatDateShort(cohort.seminarStart) : "–"}</td>
              <td>{cohort.registrationDeadline ? formatDateShort(cohort.registrationDeadline) : "–"}</td>
              <td className="num">
                {c?.confirmedDirections ?? 0} / {cohort.maxDirections}
              </td>
              <td className="num">
                {c?.activeParticipants ?? 0} / {cohort.maxParticipants}
              </td>
              <td className="num">{c?.waitlisted ?? 0}</td>
            </tr>
          );
        })}
      </ScrollTable>
    </main>
  );
}
