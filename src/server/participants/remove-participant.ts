import "server-only";
import { transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { creditInvoiceIn } from "@/server/invoices/credit-invoice";
import { participantSnapshot } from "@/server/directions/audit-snapshots";
import { invoiceToCredit, shouldCredit } from "@/server/invoices/credit-policy";
import { changePlaces, directionPlaces } from "@/server/cohorts/placement";
import { loadDirectionLocked, type LockedDirection } from "@/server/directions/load-direction-locked";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { registrationChangeEmail } from "@/emails/registration-change-email";
import { genitive } from "@/lib/format";

/**
 * Removes one participant (not the last: that is a cancellation). The placement owner decides
 * it (directors until the registration deadline or the seminar) and offers the freed seat to
 * the waiting list in the same transaction, also when a waiting direction's offer shrinks.
 * If the direction was invoiced, the participant is credited when the removal is inside the
 * free-cancellation terms; after that the fee stands.
 */
export async function removeParticipant({ actor, participantId, withFee, reason, now = new Date() }: { actor: Actor; participantId: string; withFee?: boolean; reason?: string; now?: Date }) {
  const result = await transaction(async (tx) => {
    const head = await tx.participant.findUnique({ where: { id: participantId }, select: { directionId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    const direction = await loadDirectionLocked(tx, { actor, directionId: head.directionId });
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    const participant = direction.participants.find((p) => p.id === participantId);
    if (!participant) throw new DomainError("PARTICIPANT_NOT_ACTIVE");
    const change = { kind: "REMOVE_PARTICIPANT" as const, direction: directionPlaces(direction) };
    const { result, offers } = await changePlaces(tx, { cohortId: direction.cohortId, change, actor, now }, () => write(tx, direction, participant));
    return { ...result, offers };
  });
  kickTransmissions();
  kickOutbox();
  return result;

  async function write(tx: Tx, direction: LockedDirection, participant: LockedDirection["participants"][number]) {
    const removed = await tx.participant.update({ where: { id: participantId }, data: { status: "CANCELLED" } });
    const credit = shouldCredit({ actor, withFee, now, seminarStart: direction.cohort.seminarStart, freeCancellationDays: direction.cohort.programme.freeCancellationDays });
    const invoice = invoiceToCredit(direction.invoices);
    const creditNote =
      invoice && credit
        ? await creditInvoiceIn(tx, { invoiceId: invoice.id, quantity: 1, reason: reason ?? `Afmelding af ${participant.name}`, actor })
        : null;
    await recordAudit(tx, {
      actor,
      action: "participant.remove",
      entityType: "Participant",
      entityId: participantId,
      directionId: direction.id,
      before: participantSnapshot(participant),
      after: { status: removed.status, creditNoteId: creditNote?.id ?? null, charged: invoice !== null && !credit, reason: reason ?? null },
    });
    await queueEmail(tx, {
      to: direction.contactEmail,
      kind: "registration-change",
      directionId: direction.id,
      ...registrationChangeEmail({
        subject: `Deltager afmeldt: ${participant.name}`,
        heading: "En deltager er afmeldt",
        lines: [
          `${participant.name} er afmeldt ${genitive(direction.municipality.name)} tilmelding til ${direction.cohort.title}.`,
          creditNote
            ? `Der er udstedt en kreditnota (${creditNote.displayNumber}) for deltageren.`
            : invoice
              ? "Afmeldingen ligger efter fristen for gratis afmelding, så deltageren faktureres fortsat efter betingelserne."
              : "",
        ].filter(Boolean),
        url: myRegistrationUrl(),
      }),
    });
    return { participant: removed, creditNote };
  }
}
