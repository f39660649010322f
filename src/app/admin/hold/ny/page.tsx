import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { CohortForm } from "@/app/admin/hold/cohort-form";
import { createCohortAction } from "@/app/admin/hold/actions";

export const metadata: Metadata = { title: "Opret hold" };

export default async function NewCohortPage() {
  await requirePageRole("/admin/hold/ny", "STAFF");
  const initial = { minDirections: "5", maxDirections: "10", maxParticipants: "36", seminarStartTime: "12.00", seminarEndTime: "12.00" };
  return (
    <main id="main" className="container">
      <nav className="breadcrumbs" aria-label="Brødkrumme">
        <ol>
          <li>
            <Link href="/admin/hold">Hold</Link>
          </li>
          <li aria-current="page">Opret hold</li>
        </ol>
      </nav>
      <h1>Opret hold</h1>
      <p className="lead">Holdet oprettes som kladde. Det åbnes for tilmelding, når datoerne er offentliggjort.</p>
      <CohortForm action={createCohortAction} initial={initial} submitLabel="Opret hold" />
    </main>
  );
}
