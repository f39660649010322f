import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { getCohortOverview } from "@/server/cohorts/get-cohort-overview";
import { COHORT_STATUS_BADGE, COHORT_STATUS_LABELS } from "@/components/admin/labels";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { CohortForm } from "@/app/admin/hold/cohort-form";
import { cohortFormValues } from "@/app/admin/hold/cohort-form-values";
import { updateCohortAction } from "@/app/admin/hold/actions";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "Rediger hold" };

export default async function EditCohortPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requirePageRole(`/admin/hold/${id}`, "STAFF");
  const query = singleParams(await searchParams);
  const overview = await getCohortOverview({ cohortId: id });
  if (!overview) notFound();
  const { cohort, places: counts, editable } = overview;

  return (
    <main id="main" className="container">
      <Breadcrumbs trail={[{ href: "/admin/hold", label: "Hold" }]} current={cohort.title} />
      <div className="page-head">
        <h1>{cohort.title}</h1>
        <span className={`badge ${COHORT_STATUS_BADGE[cohort.status]}`}>{COHORT_STATUS_LABELS[cohort.status]}</span>
      </div>
      <Flash params={query} />
      <ul className="facts">
        <li>
          <strong>
            {counts.confirmedDirections} / {cohort.maxDirections}
          </strong>
          direktioner (minimum {cohort.minDirections})
        </li>
        <li>
          <strong>
            {counts.activeParticipants} / {cohort.maxParticipants}
          </strong>
          deltagere{counts.heldSeats > 0 && `, og ${counts.heldSeats} pladser holdt til tilbud til ventelisten eller tilmeldinger, der afventer godkendelse`}
        </li>
        <li>
          <strong>{counts.waitlisted}</strong>
          på venteliste
        </li>
      </ul>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <div className="form-actions">
          {(cohort.status === "DRAFT" || cohort.status === "CLOSED") && (
            <Link className="button" href={`/admin/hold/${id}/status?handling=aabn`}>
              Åbn for tilmelding
            </Link>
          )}
          {cohort.status === "OPEN" && (
            <Link className="button secondary" href={`/admin/hold/${id}/status?handling=luk`}>
              Luk for tilmelding
            </Link>
          )}
          {(cohort.status === "OPEN" || cohort.status === "CLOSED") && (
            <Link className="button secondary" href={`/admin/hold/${id}/status?handling=gennemfoer`}>
              Markér som gennemført
            </Link>
          )}
          {editable && (
            <Link className="button danger" href={`/admin/hold/${id}/status?handling=aflys`}>
              Aflys holdet …
            </Link>
          )}
        </div>
      </section>

      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">Lister og udtræk</h2>
        <ul className="link-list">
          <li>
            <Link href={`/admin/tilmeldinger?hold=${id}`}>Tilmeldinger på holdet</Link>
          </li>
          <li>
            <Link href={`/admin/hold/${id}/venteliste`}>Venteliste</Link>
          </li>
          <li>
            <Link href={`/admin/hold/${id}/deltagerliste`}>Deltagerliste</Link> (<a href={`/admin/hold/${id}/deltagerliste/csv`}>CSV</a>)
          </li>
          <li>
            <Link href={`/admin/hold/${id}/kost`}>Kostbehov til stedet</Link> (<a href={`/admin/hold/${id}/kost/csv`}>CSV</a>)
          </li>
          <li>
            <Link href={`/admin/hold/${id}/vaerelser`}>Værelsesliste</Link> (<a href={`/admin/hold/${id}/vaerelser/csv`}>CSV</a>)
          </li>
          <li>
            <a href={`/admin/hold/${id}/navneskilte`}>Navneskilte (PDF)</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">Oplysninger</h2>
        {editable ? (
          <CohortForm action={updateCohortAction} initial={cohortFormValues(cohort)} submitLabel="Gem holdet" />
        ) : (
          <p>Holdet er {COHORT_STATUS_LABELS[cohort.status].toLowerCase()} og kan ikke længere ændres.</p>
        )}
      </section>
    </main>
  );
}
