import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { atParticipantLimit } from "@/domain/capacity";
import { ParticipantLimitNotice } from "@/components/participant-limit-notice";
import { formatWholeKroner } from "@/lib/format";
import { addParticipantAction } from "../../../actions";
import { SelfServiceBreadcrumbs } from "../../../breadcrumbs";
import { CancelledNotice } from "../../../cancelled-notice";
import { loadManagedDirection } from "../../../managed-direction";
import { EMPTY_PARTICIPANT } from "@/lib/participant-defaults";
import { ParticipantForm } from "@/components/participant-form";

export const metadata: Metadata = { title: "Tilføj deltager" };

export default async function AddParticipantPage({ params }: { params: Promise<{ directionId: string }> }) {
  await connection();
  const { directionId } = await params;
  const { direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/deltager/ny`, directionId);
  if (direction.status === "CANCELLED") return <CancelledNotice title="Tilføj deltager" subject={`${direction.municipality.officialName} – ${direction.cohort.title}`} />;
  const invoiced = direction.invoices.some((i) => i.kind === "INVOICE");
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current="Tilføj deltager" />
      <h1>Tilføj deltager</h1>
      <p className="lead">
        {direction.municipality.officialName} – {direction.cohort.title}
      </p>
      {atParticipantLimit(direction.participants.length, direction.cohort.programme.maxParticipantsPerDirection) ? (
        <>
          <ParticipantLimitNotice count={direction.participants.length} max={direction.cohort.programme.maxParticipantsPerDirection} audience="director" />
          <p>
            <Link href="/min-tilmelding">Tilbage til Min tilmelding</Link>
          </p>
        </>
      ) : (
        <>
          <div className="notice info">
            <p>
              Deltageren tager en plads på holdet og koster {formatWholeKroner(direction.cohort.programme.pricePerParticipantOre)} ekskl. moms.
              {invoiced ? " Da tilmeldingen allerede er faktureret, udsteder vi en tillægsfaktura for den nye deltager." : ""} Deltageren får en velkomstmail.
            </p>
          </div>
          <ParticipantForm action={addParticipantAction} hidden={{ directionId }} defaults={EMPTY_PARTICIPANT} submitLabel="Tilføj deltager" cancelHref="/min-tilmelding" />
        </>
      )}
    </main>
  );
}
