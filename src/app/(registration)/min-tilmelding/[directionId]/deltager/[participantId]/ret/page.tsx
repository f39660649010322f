import type { Metadata } from "next";
import { connection } from "next/server";
import { updateParticipantAction } from "../../../../actions";
import { SelfServiceBreadcrumbs } from "../../../../breadcrumbs";
import { loadManagedDirection, participantOf, staffReturnFields } from "../../../../managed-direction";
import { participantDefaults } from "../../../../participant-defaults";
import { ParticipantForm } from "../../../../participant-form";

export const metadata: Metadata = { title: "Ret deltager" };

type Props = { params: Promise<{ directionId: string; participantId: string }>; searchParams: Promise<{ fra?: string }> };

export default async function EditParticipantPage({ params, searchParams }: Props) {
  await connection();
  const { directionId, participantId } = await params;
  const { user, direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/deltager/${participantId}/ret`, directionId);
  const back = staffReturnFields(user, directionId, (await searchParams).fra);
  const participant = participantOf(direction, participantId);
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current={`Ret ${participant.name}`} />
      <h1>Ret oplysninger for {participant.name}</h1>
      <p className="lead">Ret fx en stavefejl eller en ny stillingsbetegnelse. Er det en anden person, der skal deltage, så brug Erstat i stedet.</p>
      <ParticipantForm action={updateParticipantAction} hidden={{ participantId, ...back }} defaults={participantDefaults(participant)} submitLabel="Gem ændringer" />
    </main>
  );
}
