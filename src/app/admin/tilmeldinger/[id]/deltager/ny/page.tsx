import type { Metadata } from "next";
import Link from "next/link";
import { atParticipantLimit } from "@/domain/capacity";
import { ParticipantLimitNotice } from "@/components/participant-limit-notice";
import { formatWholeKroner } from "@/lib/format";
import { EMPTY_PARTICIPANT } from "@/lib/participant-defaults";
import { ParticipantForm } from "@/components/participant-form";
import { addParticipantAction } from "../actions";
import { DirectionBreadcrumbs } from "../breadcrumbs";
import { loadDirectionForStaff } from "../load-direction";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";

export const metadata: Metadata = { title: "Tilføj deltager" };

export default async function AdminAddParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { direction } = await loadDirectionForStaff(`/admin/tilmeldinger/${id}/deltager/ny`, id);
  const invoiced = direction.invoices.some(isUncreditedInvoice);
  return (
    <main id="main" className="container">
      <DirectionBreadcrumbs directionId={id} municipality={direction.municipality.name} current="Tilføj deltager" />
      <h1>Tilføj deltager til {direction.municipality.name} Kommune</h1>
      {atParticipantLimit(direction.participants.length, direction.cohort.programme.maxParticipantsPerDirection) ? (
        <>
          <ParticipantLimitNotice count={direction.participants.length} max={direction.cohort.programme.maxParticipantsPerDirection} audience="staff" />
          <p>
            <Link href={`/admin/tilmeldinger/${id}`}>Tilbage til tilmeldingen</Link>
          </p>
        </>
      ) : (
        <>
          <div className="notice info">
            <p>
              Du tilføjer på direktionens vegne; tilmeldingsfristen gælder ikke for Komponent, men holdets loft over deltagere gør. Prisen er{" "}
              {formatWholeKroner(direction.cohort.programme.pricePerParticipantOre)} ekskl. moms pr. deltager.
              {invoiced ? " Da tilmeldingen allerede er faktureret, udstedes en tillægsfaktura for den nye deltager." : ""} Deltageren og kontaktpersonen får en mail.
            </p>
          </div>
          <ParticipantForm action={addParticipantAction} hidden={{ directionId: id }} defaults={EMPTY_PARTICIPANT} submitLabel="Tilføj deltager" cancelHref={`/admin/tilmeldinger/${id}`} />
        </>
      )}
    </main>
  );
}
