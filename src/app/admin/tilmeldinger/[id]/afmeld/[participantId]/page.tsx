import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { removeParticipantAction } from "@/app/admin/tilmeldinger/actions";
import { genitive } from "@/lib/format";
import { ConfirmButtons } from "@/components/form/confirm-buttons";

export const metadata: Metadata = { title: "Afmeld deltager" };

export default async function RemoveParticipantPage({ params }: { params: Promise<{ id: string; participantId: string }> }) {
  const { id, participantId } = await params;
  await requirePageRole(`/admin/tilmeldinger/${id}`, "STAFF");
  const participant = await db.participant.findFirst({ where: { id: participantId, directionId: id, status: "ACTIVE" }, include: { direction: { include: { municipality: true, invoices: true } } } });
  if (!participant) notFound();
  const invoiced = participant.direction.invoices.some((i) => i.kind === "INVOICE" && i.status !== "CREDITED");
  return (
    <main id="main" className="container narrow">
      <h1>Afmeld {participant.name}?</h1>
      <div className="card confirm-card">
        <h2>Det sker</h2>
        <ul>
          <li>
            {participant.name} afmeldes fra {genitive(participant.direction.municipality.name)} tilmelding, og pladsen tilbydes ventelisten.
          </li>
          <li>Kontaktpersonen får en mail om ændringen.</li>
          {invoiced && <li>Uden gebyr udstedes en kreditnota for én deltager, som sendes elektronisk. Med gebyr står fakturaen ved magt.</li>}
        </ul>
        <form action={removeParticipantAction} className="form">
          <input type="hidden" name="directionId" value={id} />
          <input type="hidden" name="participantId" value={participantId} />
          {invoiced && (
            <fieldset>
              <legend>Gebyr</legend>
              <div className="checkbox">
                <input type="radio" id="fee-without" name="fee" value="without" defaultChecked />
                <label htmlFor="fee-without">Uden gebyr (kreditér én deltager)</label>
              </div>
              <div className="checkbox">
                <input type="radio" id="fee-with" name="fee" value="with" />
                <label htmlFor="fee-with">Med gebyr</label>
              </div>
            </fieldset>
          )}
          <div className="form-actions">
            <ConfirmButtons label="Afmeld deltageren" cancelHref={`/admin/tilmeldinger/${id}`} />
          </div>
        </form>
      </div>
    </main>
  );
}
