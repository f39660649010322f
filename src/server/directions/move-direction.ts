import "server-only";
import { lockCohorts, transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { directionPlaces, movePlaces } from "@/server/cohorts/placement";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { creditAndReissue } from "@/server/invoices/credit-and-reissue";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { invoicesNow } from "@/domain/invoice-timing";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { calendarAttachment } from "@/server/directions/registration-mails";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { compactWaitlist } from "@/server/waitlist/waitlist-positions";
import { directionMovedEmail, participantMovedEmail } from "@/emails/direction-moved-email";
import type { Cohort, Invoice } from "@/generated/prisma/client";

/**
 * Moves a direction to another cohort on staff's say-so, through the placement owner: the
 * target must have announced dates, and a confirmed direction must fit it by every rule
 * (held seats, the minimum's reserve); a waiting direction joins the end of the target's
 * waiting list. What the move frees on the source is offered to its waiting list, and either
 * cohort may start or stop running, in the same transaction. A confirmed direction's invoice
 * named the old cohort: it is credited and a new one names the new cohort. The contact and
 * every participant get the new dates, with calendar files that move their entries.
 */
export async function moveDirection({ actor, directionId, targetCohortId, now = new Date() }: { actor: Actor | null; directionId: string; targetCohortId: string; now?: Date }) {
  assertStaff(actor);
  const result = await transaction(async (tx) => {
    const head = await tx.direction.findUnique({ where: { id: directionId }, select: { cohortId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    if (head.cohortId === targetCohortId) throw new DomainError("SAME_COHORT", { field: "targetCohortId" });
    await lockCohorts(tx, [head.cohortId, targetCohortId]);

    const direction = await loadMoving(tx, directionId);
    // Re-read under the lock: a concurrent move may have changed the source.
    if (direction.cohortId !== head.cohortId) throw new DomainError("INVALID_STATE");
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    const target = await tx.cohort.findUnique({ where: { id: targetCohortId } });
    if (!target || target.programmeId !== direction.programmeId) throw new DomainError("NOT_FOUND", { field: "targetCohortId" });

    const { result, source } = await movePlaces(
      tx,
      { fromCohortId: direction.cohortId, toCohortId: target.id, direction: directionPlaces(direction), actor, now },
      (places) => write(tx, { direction, target, waitlistPosition: direction.status === "WAITLISTED" ? places.lastWaitlistPosition + 1 : null, actor, now }),
    );
    return { ...result, offers: source.offers };
  });
  kickTransmissions();
  kickOutbox();
  return result;
}

function loadMoving(tx: Tx, directionId: string) {
  return tx.direction.findUniqueOrThrow({
    where: { id: directionId },
    include: {
      municipality: true,
      cohort: true,
      programme: { select: { invoiceTiming: true, invoiceDaysBefore: true } },
      participants: { where: { status: "ACTIVE" }, orderBy: { createdAt: "asc" } },
      invoices: { orderBy: { createdAt: "asc" } },
      waitlistOffers: { where: { status: "OPEN" } },
    },
  });
}

type Moving = Awaited<ReturnType<typeof loadMoving>>;

async function write(
  tx: Tx,
  { direction, target, waitlistPosition, actor, now }: { direction: Moving; target: Cohort; waitlistPosition: number | null; actor: Actor; now: Date },
) {
  const confirmed = direction.status === "CONFIRMED";
  // A waiting direction's offer was for the old cohort; its places pass on there (the source is settled after this).
  if (!confirmed) await tx.waitlistOffer.updateMany({ where: { directionId: direction.id, status: "OPEN" }, data: { status: "EXPIRED", respondedAt: now } });
  const moved = await tx.direction.update({
    where: { id: direction.id },
    // The new cohort's runs-event is news to the direction; its calendar entries get a new revision.
    data: { cohortId: target.id, waitlistPosition, runningNoticeAt: null, ...(confirmed ? { calendarSequence: { increment: 1 } } : {}) },
  });
  if (!confirmed) await compactWaitlist(tx, direction.cohortId);

  const { creditNotes, invoice, credited } = confirmed ? await reinvoice(tx, { direction, target, actor, now }) : { creditNotes: [], invoice: null, credited: [] };
  await recordAudit(tx, {
    actor,
    action: "direction.move",
    entityType: "Direction",
    entityId: direction.id,
    directionId: direction.id,
    before: { cohort: direction.cohort.title, cohortId: direction.cohortId, status: direction.status, waitlistPosition: direction.waitlistPosition },
    after: { cohort: target.title, cohortId: target.id, status: direction.status, waitlistPosition, creditNotes: creditNotes.map((c) => c.displayNumber), invoice: invoice?.displayNumber ?? null },
  });

  const attachments = confirmed ? calendarAttachment(target, moved, now) : [];
  const hasCalendar = attachments.length > 0;
  await queueEmail(tx, {
    to: direction.contactEmail,
    kind: "direction-moved",
    directionId: direction.id,
    cohortId: target.id,
    attachments,
    ...directionMovedEmail({
      municipalityName: direction.municipality.name,
      fromTitle: direction.cohort.title,
      to: target,
      invoiceLines: invoiceLines({ credited, creditNotes, invoice, fromTitle: direction.cohort.title, toTitle: target.title }),
      hasCalendar,
      url: myRegistrationUrl(),
    }),
  });
  // A waiting direction's participants hold no entries from us: its contact tells them.
  if (confirmed) {
    for (const participant of direction.participants) {
      await queueEmail(tx, {
        to: participant.email,
        kind: "direction-moved-participant",
        directionId: direction.id,
        cohortId: target.id,
        attachments,
        ...participantMovedEmail({
          participantName: participant.name,
          municipalityName: direction.municipality.name,
          fromTitle: direction.cohort.title,
          to: target,
          contactName: direction.contactName,
          contactEmail: direction.contactEmail,
          hasCalendar,
        }),
      });
    }
  }
  return { creditNotes, invoice };
}

/**
 * The direction's invoices name the old cohort: each one not yet fully credited is credited
 * (paid ones too: the payment is carried over by hand) and one new invoice names the new
 * cohort, if the programme's invoicing time has come for it; otherwise the new cohort's
 * invoicing (its runs-event or date) invoices the direction like any other.
 */
async function reinvoice(tx: Tx, { direction, target, actor, now }: { direction: Moving; target: Cohort; actor: Actor; now: Date }) {
  const { programme } = direction;
  const reissue = invoicesNow({ timing: programme.invoiceTiming, cohort: target, daysBefore: programme.invoiceDaysBefore, now });
  const result = await creditAndReissue({ tx, directionId: direction.id, reason: `Flytning fra ${direction.cohort.title} til ${target.title}`, actor, includePaid: true, reissue, now });
  // Nothing was invoiced yet, but the new cohort's time has come (e.g. it already runs).
  const invoice = result.invoice ?? (reissue && result.credited.length === 0 ? await issueInvoice(tx, { directionId: direction.id, actor, now }) : null);
  return { ...result, invoice };
}

function invoiceLines({ credited, creditNotes, invoice, fromTitle, toTitle }: { credited: Invoice[]; creditNotes: Invoice[]; invoice: Invoice | null; fromTitle: string; toTitle: string }): string[] {
  if (credited.length === 0) return [];
  const old = credited.map((i) => i.displayNumber).join(", ");
  const notes = creditNotes.map((c) => c.displayNumber).join(", ");
  return [
    invoice
      ? `Fakturaen ${old} nævnte ${fromTitle}. Den er krediteret med kreditnota ${notes}, og I får en ny faktura, ${invoice.displayNumber}, der nævner ${toTitle}. Begge sendes elektronisk til jeres EAN-nummer.`
      : `Fakturaen ${old} nævnte ${fromTitle}. Den er krediteret med kreditnota ${notes}, som sendes elektronisk til jeres EAN-nummer. Den nye faktura, der nævner ${toTitle}, sendes, når det er tid til at fakturere holdet.`,
    "Prisen er den samme på alle hold. Har I allerede betalt den tidligere faktura, så kontakt Komponent, så betalingen bliver ført over på den nye.",
  ];
}
