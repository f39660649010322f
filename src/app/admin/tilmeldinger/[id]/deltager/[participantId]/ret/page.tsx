import type { Metadata } from "next";
import { participantDefaults } from "@/lib/participant-defaults";
import { ParticipantForm } from "@/components/participant-form";
import { updateParticipantAction } from "../../actions";
import { DirectionBreadcrumbs } from "../../breadcrumbs";
import { loadDirectionForStaff } from "../../load-direction";

export const metadata: Metadata = { title: "Ret deltager" };

export default async function AdminEditParticipantPage({ params }: { params: Promise<{ id: string; participantId: string }> }) {
  const { id, participantId } = await params;
  const { direction, participant } = await loadDirectionForStaff(`/admin/tilmeldinger/${id}/deltager/${participantId}/ret`, id, participantId);
  return (
    <main id="main" className="container">
      <DirectionBreadcrumbs directionId={id} municipality={direction.municipality.name} current={`Ret ${participant.name}`} />
      <h1>Ret oplysninger for {participant.name}</h1>
      <p className="lead">Ret fx en stavefejl eller en ny stillingsbetegnelse. Er det en anden person, der skal deltage, så brug Erstat i stedet.</p>
      <ParticipantForm action={updateParticipantAction} hidden={{ participantId }} defaults={participantDefaults(participant)} submitLabel="Gem ændringer" cancelHref={`/admin/tilmeldinger/${id}`} />
    </main>
  );
}
