import "server-only";
import { transaction, type Tx } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { participantSnapshot } from "@/server/directions/audit-snapshots";
import { changePlaces, directionPlaces } from "@/server/cohorts/placement";
import { isInvoiced, loadDirectionLocked, type LockedDirection } from "@/server/directions/load-direction-locked";
import { participantData, type ParticipantInput } from "@/server/participants/participant-input";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { participantWelcomeEmail } from "@/emails/participant-welcome-email";
import { registrationChangeEmail } from "@/emails/registration-change-email";
import { genitive } from "@/lib/format";

/**
 * Adds a participant to a direction. The placement owner decides it under the cohort's lock:
 * the programme's limit per direction, a confirmed direction's seat (held seats and the
 * missing directions' reserve count as taken), a waiting direction's open offer, and the
 * change window (directors until the registration deadline or the seminar; staff always).
 * A direction already invoiced gets a supplementary invoice in the same transaction.
 */
export async function addParticipant({ actor, directionId, input, now = new Date() }: { actor: Actor; directionId: string; input: ParticipantInput; now?: Date }) {
  const data = participantData(input);
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    const change = { kind: "ADD_PARTICIPANTS" as const, direction: directionPlaces(direction), adding: 1 };
    const { result } = await changePlaces(tx, { cohortId: direction.cohortId, change, actor, now }, () => write(tx, direction));
    return result;
  });
  kickTransmissions();
  kickOutbox();
  return result;

  async function write(tx: Tx, direction: LockedDirection) {
    const participant = await tx.participant.create({ data: { ...data, directionId } });
    await recordAudit(tx, {
      actor,
      action: "participant.add",
      entityType: "Participant",
      entityId: participant.id,
      directionId,
      after: participantSnapshot(participant),
    });
    const invoice = direction.status === "CONFIRMED" && isInvoiced(direction) ? await issueInvoice(tx, { directionId, actor, now }) : null;

    if (direction.status === "CONFIRMED") {
      await queueEmail(tx, {
        to: participant.email,
        kind: "participant-welcome",
        directionId,
        cohortId: direction.cohortId,
        ...participantWelcomeEmail({ participantName: participant.name, municipalityName: direction.municipality.name, contactName: direction.contactName, contactEmail: direction.contactEmail, overnightStay: participant.overnightStay, cohort: direction.cohort, hasCalendar: false }),
      });
    }
    await queueEmail(tx, {
      to: direction.contactEmail,
      kind: "registration-change",
      directionId,
      ...registrationChangeEmail({
        subject: `Deltager tilføjet: ${participant.name}`,
        heading: "Ny deltager på jeres tilmelding",
        lines: [
          `${participant.name} (${participant.jobTitle}) er tilføjet til ${genitive(direction.municipality.name)} tilmelding til ${direction.cohort.title}.`,
          invoice ? `Der er udstedt en tillægsfaktura (${invoice.displayNumber}) for den nye deltager.` : "",
        ].filter(Boolean),
        url: myRegistrationUrl(),
      }),
    });
    return { participant, invoice };
  }
}
