import "server-only";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";
import { transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { creditInvoiceIn } from "@/server/invoices/credit-invoice";
import { shouldCredit } from "@/server/invoices/credit-policy";
import { changePlaces, directionPlaces } from "@/server/cohorts/placement";
import { loadDirectionLocked, type LockedDirection } from "@/server/directions/load-direction-locked";
import { compactWaitlist } from "@/server/waitlist/waitlist-positions";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { registrationChangeEmail } from "@/emails/registration-change-email";
import { participantCancelledEmail } from "@/emails/participant-cancelled-email";
import { genitive } from "@/lib/format";

/**
 * Cancels a registration under the programme's terms: free (every invoice credited in full)
 * until freeCancellationDays before the seminar, charged after. Staff may decide the fee
 * with `withFee`. The placement owner decides it (directors until the seminar starts) and
 * offers the freed seats and direction slot (or the places a waiting direction's offer held)
 * to the waiting list in the same transaction; the cohort may fall below its minimum.
 */
export async function cancelDirection({ actor, directionId, withFee, reason, now = new Date() }: { actor: Actor; directionId: string; withFee?: boolean; reason?: string; now?: Date }) {
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    const change = { kind: "CANCEL_DIRECTION" as const, direction: directionPlaces(direction) };
    const { result, offers } = await changePlaces(tx, { cohortId: direction.cohortId, change, actor, now }, () => write(tx, direction));
    return { ...result, offers };
  });
  kickTransmissions();
  kickOutbox();
  return result;

  async function write(tx: Tx, direction: LockedDirection) {
    const credit = shouldCredit({ actor, withFee, now, seminarStart: direction.cohort.seminarStart, freeCancellationDays: direction.cohort.programme.freeCancellationDays });
    const wasConfirmed = direction.status === "CONFIRMED";
    await tx.participant.updateMany({ where: { directionId, status: "ACTIVE" }, data: { status: "CANCELLED" } });
    await tx.waitlistOffer.updateMany({ where: { directionId, status: "OPEN" }, data: { status: "DECLINED", respondedAt: now } });
    const cancelled = await tx.direction.update({ where: { id: directionId }, data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null } });

    const creditNotes = [];
    if (credit) {
      for (const invoice of direction.invoices) {
        if (!isUncreditedInvoice(invoice)) continue;
        creditNotes.push(await creditInvoiceIn(tx, { invoiceId: invoice.id, reason: reason ?? "Afmelding af tilmeldingen", actor }));
      }
    }
    const invoiced = direction.invoices.some((i) => i.kind === "INVOICE");
    await recordAudit(tx, {
      actor,
      action: "direction.cancel",
      entityType: "Direction",
      entityId: directionId,
      directionId,
      before: { status: direction.status, waitlistPosition: direction.waitlistPosition, activeParticipants: direction.participants.length },
      after: { status: cancelled.status, cancelledAt: now, creditNoteIds: creditNotes.map((c) => c.id), charged: invoiced && !credit, reason: reason ?? null },
    });

    if (!wasConfirmed) await compactWaitlist(tx, direction.cohortId);

    const money = creditNotes.length > 0
      ? `Fakturaen er krediteret (kreditnota ${creditNotes.map((c) => c.displayNumber).join(", ")}).`
      : invoiced
        ? "Afmeldingen ligger efter fristen for gratis afmelding, så den fulde pris faktureres efter betingelserne."
        : "";
    await queueEmail(tx, {
      to: direction.contactEmail,
      kind: "registration-change",
      directionId,
      ...registrationChangeEmail({
        subject: `Tilmeldingen til ${direction.cohort.title} er annulleret`,
        heading: "Tilmeldingen er annulleret",
        lines: [`${genitive(direction.municipality.name)} tilmelding til ${direction.cohort.title} er annulleret.`, money].filter(Boolean),
        url: myRegistrationUrl(),
      }),
    });
    // Participants of a registration pending approval were never told of it.
    for (const participant of direction.status === "PENDING_APPROVAL" ? [] : direction.participants) {
      if (participant.email === direction.contactEmail) continue;
      await queueEmail(tx, {
        to: participant.email,
        kind: "participant-cancelled",
        directionId,
        ...participantCancelledEmail({ participantName: participant.name, municipalityName: direction.municipality.name, cohortTitle: direction.cohort.title }),
      });
    }
    return { direction: cancelled, creditNotes, charged: invoiced && !credit };
  }
}
