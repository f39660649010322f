import type { Metadata } from "next";
import { EMPTY_PARTICIPANT } from "@/lib/participant-defaults";
import { ParticipantForm } from "@/components/participant-form";
import { substituteParticipantAction } from "../../actions";
import { DirectionBreadcrumbs } from "../../breadcrumbs";
import { loadDirectionForStaff } from "../../load-direction";

export const metadata: Metadata = { title: "Erstat deltager" };

export default async function AdminSubstituteParticipantPage({ params }: { params: Promise<{ id: string; participantId: string }> }) {
  const { id, participantId } = await params;
  const { direction, participant } = await loadDirectionForStaff(`/admin/tilmeldinger/${id}/deltager/${participantId}/erstat`, id, participantId);
  return (
    <main id="main" className="container">
      <DirectionBreadcrumbs directionId={id} municipality={direction.municipality.name} current={`Erstat ${participant.name}`} />
      <h1>Erstat {participant.name}</h1>
      <div className="notice info">
        <p>
          En kollega overtager pladsen uden beregning; antallet af pladser og fakturaen ændres ikke. {participant.name} er derefter ikke længere tilmeldt, den nye deltager
          får en velkomstmail, og kontaktpersonen får besked.
        </p>
      </div>
      <ParticipantForm
        action={substituteParticipantAction}
        hidden={{ participantId }}
        defaults={{ ...EMPTY_PARTICIPANT, field: participant.field }}
        submitLabel="Erstat deltageren"
        cancelHref={`/admin/tilmeldinger/${id}`}
      />
    </main>
  );
}
