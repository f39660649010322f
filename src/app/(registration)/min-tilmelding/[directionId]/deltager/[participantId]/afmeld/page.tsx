import type { Metadata } from "next";
import { connection } from "next/server";
import { freeCancellationDeadline, isFreeCancellation } from "@/domain/change-windows";
import { formatDateTimeLong, formatWholeKroner, plural } from "@/lib/format";
import { removeParticipantAction } from "../../../../actions";
import { SelfServiceBreadcrumbs } from "../../../../breadcrumbs";
import { ConfirmForm } from "../../../../confirm-form";
import { loadManagedDirection, participantOf } from "../../../../managed-direction";

export const metadata: Metadata = { title: "Afmeld deltager" };

type Props = { params: Promise<{ directionId: string; participantId: string }> };

export default async function RemoveParticipantPage({ params }: Props) {
  await connection();
  const { directionId, participantId } = await params;
  const { direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/deltager/${participantId}/afmeld`, directionId);
  const participant = participantOf(direction, participantId);
  const { cohort } = direction;
  const invoiced = direction.invoices.some((i) => i.kind === "INVOICE");
  const free = isFreeCancellation({ now: new Date(), seminarStart: cohort.seminarStart, freeCancellationDays: cohort.programme.freeCancellationDays });
  const deadline = cohort.seminarStart ? freeCancellationDeadline(cohort.seminarStart, cohort.programme.freeCancellationDays) : null;
  const price = formatWholeKroner(cohort.programme.pricePerParticipantOre);
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current={`Afmeld ${participant.name}`} />
      <h1>Afmeld {participant.name}?</h1>
      <p className="lead">Det sker, når du afmelder:</p>
      <ul>
        <li>
          {participant.name} er ikke længere tilmeldt {cohort.title}. {plural(direction.participants.length - 1, "deltager", "deltagere")} fra{" "}
          {direction.municipality.officialName} er fortsat tilmeldt.
        </li>
        {direction.status === "CONFIRMED" && <li>Pladsen bliver ledig og tilbydes den første direktion på ventelisten, som der er plads til.</li>}
        {invoiced && free && <li>Afmeldingen er gratis: I får en kreditnota på {price} ekskl. moms for deltageren.</li>}
        {invoiced && !free && (
          <li>
            Fristen for gratis afmelding{deadline ? ` (${formatDateTimeLong(deadline)})` : ""} er overskredet, så I krediteres ikke – deltageren faktureres fortsat
            efter betingelserne. Vil I hellere sende en kollega, kan I <a href={`/min-tilmelding/${directionId}/deltager/${participantId}/erstat`}>erstatte deltageren</a>{" "}
            uden beregning.
          </li>
        )}
        {!invoiced && <li>Tilmeldingen er ikke faktureret endnu, så afmeldingen koster ikke noget.</li>}
        <li>Kontaktpersonen ({direction.contactEmail}) får en bekræftelse på e-mail.</li>
      </ul>
      <ConfirmForm action={removeParticipantAction} hidden={{ participantId }} label={`Ja, afmeld ${participant.name}`} />
    </main>
  );
}
