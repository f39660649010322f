import type { Metadata } from "next";
import { requirePageRole } from "@/server/auth/session";
import { CohortForm } from "@/app/admin/hold/cohort-form";
import { createCohortAction } from "@/app/admin/hold/actions";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { nextCohortNumber } from "@/lib/schemas/cohort";
import { listTakenCohortKeys } from "@/server/cohorts/list-taken-cohort-keys";

export const metadata: Metadata = { title: "Opret hold" };

export default async function NewCohortPage() {
  await requirePageRole("/admin/hold/ny", "STAFF");
  // The next free number and its address are the likely choice; both stay editable.
  const next = nextCohortNumber((await listTakenCohortKeys()).numbers);
  const initial = { number: String(next), slug: `hold-${next}`, minDirections: "5", maxDirections: "10", maxParticipants: "36", seminarStartTime: "12.00", seminarEndTime: "12.00" };
  return (
    <main id="main" className="container">
      <Breadcrumbs trail={[{ href: "/admin/hold", label: "Hold" }]} current={"Opret hold"} />
      <h1>Opret hold</h1>
      <p className="lead">Holdet oprettes som kladde. Det åbnes for tilmelding, når datoerne er offentliggjort.</p>
      <CohortForm action={createCohortAction} initial={initial} submitLabel="Opret hold" />
    </main>
  );
}
