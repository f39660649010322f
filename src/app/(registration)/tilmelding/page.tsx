import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requirePageRole } from "@/server/auth/session";
import { newDraft } from "@/server/directions/draft-token";
import { loadRegistrationOptions } from "@/server/directions/load-registration-options";
import { renderState } from "./registration-steps";
import { RegistrationWizard } from "./registration-wizard";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { findMyActiveDirection } from "@/server/directions/find-my-active-direction";

export const metadata: Metadata = { title: "Tilmeld jeres direktion" };

type Props = { searchParams: Promise<{ hold?: string }> };

export default async function RegistrationPage({ searchParams }: Props) {
  await connection();
  const { hold } = await searchParams;
  const path = hold ? `/tilmelding?hold=${encodeURIComponent(hold)}` : "/tilmelding";
  // Directors sign up with their own e-mail; staff may register on a municipality's behalf. Partners only read.
  const user = await requirePageRole(path, "DIRECTOR", "STAFF");
  // A director who is already signed up is told so, not given an empty form (staff register on others' behalf).
  const mine = user.role === "DIRECTOR" ? await findMyActiveDirection({ user }) : null;
  if (mine) {
    return (
      <main id="main" className="container">
        <Breadcrumbs trail={[{ href: "/", label: "Forløbet" }, { href: "/hold", label: "Hold og datoer" }]} current={"Tilmelding"} />
        <h1>I er allerede tilmeldt</h1>
        <div className="notice info">
          <p>
            {mine.municipality.officialName} er tilmeldt {mine.cohort.title}
            {mine.status === "PENDING_APPROVAL" ? ", og tilmeldingen afventer Komponents godkendelse" : mine.status === "WAITLISTED" ? " og står på ventelisten" : ""}. En kommune
            tilmelder én direktion.
          </p>
          <p>
            <Link href="/min-tilmelding">Gå til Min tilmelding</Link>, hvor I kan se og ændre tilmeldingen.
          </p>
        </div>
      </main>
    );
  }
  const options = await loadRegistrationOptions();
  const preselected = options.cohorts.find((c) => c.slug === hold)?.slug;
  const initial = renderState("hold", newDraft({ userId: user.id }), user, options, { values: preselected ? { cohortSlug: preselected } : {} });

  return (
    <main id="main" className="container">
      <Breadcrumbs trail={[{ href: "/", label: "Forløbet" }, { href: "/hold", label: "Hold og datoer" }]} current={"Tilmelding"} />
      <h1>Tilmeld jeres direktion</h1>
      <p className="muted">Logget ind som {user.email}. Tilmeldingen er bindende, når I har godkendt den på sidste trin.</p>
      {options.cohorts.length === 0 ? (
        <div className="notice info">
          <p>Ingen hold tager imod tilmeldinger lige nu. Se <Link href="/hold">holdene og datoerne</Link>.</p>
        </div>
      ) : (
        <RegistrationWizard options={options} initialState={initial} />
      )}
    </main>
  );
}
