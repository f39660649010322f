import type { Metadata } from "next";
import { connection } from "next/server";
import { listPublicCohorts } from "@/server/cohorts/list-public-cohorts";
import { CohortCard } from "@/components/cohort-card";

export const metadata: Metadata = { title: "Hold og datoer" };

export default async function CohortsPage() {
  await connection();
  const cohorts = await listPublicCohorts();
  return (
    <main id="main" className="container">
      <h1>Hold og datoer</h1>
      <p className="lead">
        Forløbet holdes fire gange. Hvert hold består af et 12-12 seminar med overnatning og en opfølgningsdag og tager 5–10
        direktioner. Et hold gennemføres, når 5 direktioner er tilmeldt.
      </p>
      <div className="cards">
        {cohorts.map((cohort) => (
          <CohortCard key={cohort.id} cohort={cohort} />
        ))}
      </div>
      {cohorts.length === 0 && <p>Der er endnu ikke offentliggjort nogen hold.</p>}
    </main>
  );
}
