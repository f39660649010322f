import type { Metadata } from "next";
import { connection } from "next/server";
import { freeCancellationDeadline, isFreeCancellation } from "@/domain/change-windows";
import { formatDateTimeLong } from "@/lib/format";
import { cancelDirectionAction } from "../../actions";
import { SelfServiceBreadcrumbs } from "../../breadcrumbs";
import { ConfirmForm } from "../../confirm-form";
import { CancelledNotice } from "../../cancelled-notice";
import { loadManagedDirection } from "../../managed-direction";

export const metadata: Metadata = { title: "Annullér tilmeldingen" };

export default async function CancelDirectionPage({ params }: { params: Promise<{ directionId: string }> }) {
  await connection();
  const { directionId } = await params;
  const { direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/annuller`, directionId);
  if (direction.status === "CANCELLED") return <CancelledNotice title="Annullér tilmeldingen" subject={`${direction.municipality.officialName} – ${direction.cohort.title}`} />;
  const { cohort } = direction;
  const invoiced = direction.invoices.some((i) => i.kind === "INVOICE");
  const free = isFreeCancellation({ now: new Date(), seminarStart: cohort.seminarStart, freeCancellationDays: cohort.programme.freeCancellationDays });
  const deadline = cohort.seminarStart ? freeCancellationDeadline(cohort.seminarStart, cohort.programme.freeCancellationDays) : null;
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current="Annullér tilmeldingen" />
      <h1>Annullér tilmeldingen?</h1>
      <p className="lead">
        {direction.municipality.officialName} – {cohort.title}
      </p>
      <p>Det sker, når I annullerer:</p>
      <ul>
        <li>Alle {direction.participants.length} deltagere afmeldes, og tilmeldingen kan ikke genoptages. Vil I deltage senere, skal I tilmelde jer igen.</li>
        {direction.status === "CONFIRMED" && <li>Jeres pladser bliver ledige og tilbydes direktionerne på ventelisten.</li>}
        {direction.status === "WAITLISTED" && <li>I tages af ventelisten.</li>}
        {invoiced && free && <li>Annulleringen er gratis: fakturaen krediteres fuldt ud med en kreditnota.</li>}
        {invoiced && !free && (
          <li>
            Fristen for gratis afmelding{deadline ? ` (${formatDateTimeLong(deadline)})` : ""} er overskredet, så fakturaen krediteres ikke, og den fulde pris skal
            betales efter betingelserne. I kan i stedet erstatte deltagere med kolleger uden beregning.
          </li>
        )}
        {!invoiced && <li>Tilmeldingen er ikke faktureret, så annulleringen koster ikke noget.</li>}
        <li>Kontaktpersonen og deltagerne får besked på e-mail.</li>
      </ul>
      <p className="small muted">Betingelser: {cohort.programme.cancellationTerms}</p>
      <ConfirmForm action={cancelDirectionAction} hidden={{ directionId }} label="Ja, annullér tilmeldingen" />
    </main>
  );
}
