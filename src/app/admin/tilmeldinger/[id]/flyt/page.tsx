import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { getMoveOptions } from "@/server/directions/get-move-options";
import { MoveForm } from "./move-form";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "Flyt tilmelding" };

export default async function MoveDirectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(`/admin/tilmeldinger/${id}/flyt`, "STAFF");
  const moves = await getMoveOptions({ directionId: id });
  if (!moves) notFound();
  const { direction, targets } = moves;
  const options = targets.map((c) => {
    const held = c.heldSeats > 0 ? ` (+${c.heldSeats} holdt til ventelisten)` : "";
    return { id: c.id, label: `${c.title} – ${c.confirmedDirections}/${c.maxDirections} direktioner, ${c.activeParticipants}/${c.maxParticipants} deltagere${held}` };
  });
  return (
    <main id="main" className="container narrow">
      <Breadcrumbs trail={[{ href: "/admin/tilmeldinger", label: "Tilmeldinger" }, { href: `/admin/tilmeldinger/${id}`, label: direction.municipality.name }]} current={"Flyt"} />
      <h1>Flyt {direction.municipality.name} til et andet hold</h1>
      <div className="card confirm-card">
        <h2>Det sker, når du flytter</h2>
        <ul>
          <li>
            Tilmeldingen med {direction.participants.length} aktive deltagere flyttes fra {direction.cohort.title}.
            {direction.status === "CONFIRMED"
              ? " Det nye hold skal have plads til direktionen og alle deltagerne; pladser, der er tilbudt ventelisten, og pladser, der skal holdes fri til holdets minimum, tæller som optaget."
              : " Direktionen kommer sidst på det nye holds venteliste."}
          </li>
          <li>Kun hold med offentliggjorte datoer kan vælges.</li>
          {direction.status === "CONFIRMED" ? (
            <>
              <li>Kontaktpersonen ({direction.contactEmail}) får en mail om flytningen.</li>
              <li>Kontaktpersonen og hver deltager får de nye datoer og en kalenderfil, der flytter aftalerne i deres kalender.</li>
              <li>
                En faktura, der nævner {direction.cohort.title}, krediteres. En ny, der nævner det nye hold (prisen er den samme), udstedes med det samme, hvis det nye hold
                faktureres nu efter indstillingen for fakturering, ellers når det nye hold faktureres. Kontaktpersonens mail forklarer det.
              </li>
              <li>De frigjorte pladser på {direction.cohort.title} tilbydes automatisk ventelisten (de får en mail).</li>
            </>
          ) : (
            <li>Kontaktpersonen ({direction.contactEmail}) får en mail om flytningen. Et åbent tilbud om plads på {direction.cohort.title} bortfalder og går videre til den næste på ventelisten.</li>
          )}
        </ul>
        <MoveForm directionId={id} options={options} />
        <p>
          <Link href={`/admin/tilmeldinger/${id}`}>Fortryd</Link>
        </p>
      </div>
    </main>
  );
}
