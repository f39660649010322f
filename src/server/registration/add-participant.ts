import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { canAddParticipants } from "@/domain/capacity";
import { canChangeParticipantCount } from "@/domain/change-windows";
import { recordAudit, type AuditActor } from "@/server/audit/record-audit";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { issueInvoice } from "@/server/invoicing/issue-invoice";
import { transmitAfterCommit } from "@/server/registration/transmit-after-commit";
import { participantSnapshot } from "@/server/registration/audit-snapshots";
import { readCohortCapacityLocked } from "@/server/registration/cohort-capacity-locked";
import { isStaffActor } from "@/server/registration/direction-access";
import { isInvoiced, loadDirectionLocked } from "@/server/registration/load-direction-locked";
import { participantData, type ParticipantInput } from "@/server/registration/participant-input";
import { myRegistrationUrl } from "@/server/registration/changes-url";
import { participantWelcomeEmail } from "@/emails/participant-welcome-email";
import { registrationChangeEmail } from "@/emails/registration-change-email";

/**
 * Adds a participant to a direction. A confirmed direction takes a seat, so the cohort's
 * capacity is checked under its lock; a direction already invoiced gets a supplementary
 * invoice in the same transaction. Directors can add until the registration deadline.
 */
export async function addParticipant({ actor, directionId, input, now = new Date() }: { actor: AuditActor; directionId: string; input: ParticipantInput; now?: Date }) {
  const data = participantData(input);
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    if (!isStaffActor(actor) && !canChangeParticipantCount({ now, registrationDeadline: direction.cohort.registrationDeadline })) {
      throw new DomainError("CHANGE_WINDOW_CLOSED");
    }
    if (direction.status === "CONFIRMED") {
      const { capacity } = await readCohortCapacityLocked(tx, direction.cohortId);
      if (!canAddParticipants(capacity, 1)) throw new DomainError("COHORT_FULL_PARTICIPANTS");
    }

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
          `${participant.name} (${participant.jobTitle}) er tilføjet til ${direction.municipality.name}s tilmelding til ${direction.cohort.title}.`,
          invoice ? `Der er udstedt en tillægsfaktura (${invoice.displayNumber}) for den nye deltager.` : "",
        ].filter(Boolean),
        url: myRegistrationUrl(),
      }),
    });
    return { participant, invoice };
  });
  transmitAfterCommit(result.invoice);
  kickOutbox();
  return result;
}
