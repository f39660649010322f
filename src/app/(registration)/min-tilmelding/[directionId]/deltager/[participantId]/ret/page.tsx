import type { Metadata } from "next";
import { connection } from "next/server";
import { updateParticipantAction } from "../../../../actions";
import { SelfServiceBreadcrumbs } from "../../../../breadcrumbs";
import { loadManagedDirection, participantOf } from "../../../../managed-direction";
import { participantDefaults } from "@/lib/participant-defaults";
import { ParticipantForm } from "@/components/participant-form";

export const metadata: Metadata = { title: "Ret deltager" };

type Props = { params: Promise<{ directionId: string; participantId: string }> };

export default async function EditParticipantPage({ params }: Props) {
  await connection();
  const { directionId, participantId } = await params;
  const { direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/deltager/${participantId}/ret`, directionId);
  const participant = participantOf(direction, participantId);
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current={`Ret ${participant.name}`} />
      <h1>Ret oplysninger for {participant.name}</h1>
      <p className="lead">Ret fx en stavefejl eller en ny stillingsbetegnelse. Er det en anden person, der skal deltage, så brug Erstat i stedet.</p>
      <ParticipantForm action={updateParticipantAction} hidden={{ participantId }} defaults={participantDefaults(participant)} submitLabel="Gem ændringer" cancelHref="/min-tilmelding" />
    </main>
  );
}
