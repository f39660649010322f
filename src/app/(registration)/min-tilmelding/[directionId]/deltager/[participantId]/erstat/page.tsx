import type { Metadata } from "next";
import { connection } from "next/server";
import { substituteParticipantAction } from "../../../../actions";
import { SelfServiceBreadcrumbs } from "../../../../breadcrumbs";
import { loadManagedDirection, participantOf } from "../../../../managed-direction";
import { EMPTY_PARTICIPANT } from "@/lib/participant-defaults";
import { ParticipantForm } from "@/components/participant-form";

export const metadata: Metadata = { title: "Erstat deltager" };

type Props = { params: Promise<{ directionId: string; participantId: string }> };

export default async function SubstituteParticipantPage({ params }: Props) {
  await connection();
  const { directionId, participantId } = await params;
  const { direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/deltager/${participantId}/erstat`, directionId);
  const participant = participantOf(direction, participantId);
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current={`Erstat ${participant.name}`} />
      <h1>Erstat {participant.name}</h1>
      <div className="notice info">
        <p>
          En kollega kan overtage pladsen uden beregning indtil seminarets start. Antallet af pladser og fakturaen ændres ikke. {participant.name} er derefter ikke
          længere tilmeldt, og den nye deltager får en velkomstmail.
        </p>
      </div>
      <ParticipantForm action={substituteParticipantAction} hidden={{ participantId }} defaults={{ ...EMPTY_PARTICIPANT, field: participant.field }} submitLabel="Erstat deltageren" cancelHref="/min-tilmelding" />
    </main>
  );
}
