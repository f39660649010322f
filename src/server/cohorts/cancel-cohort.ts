import "server-only";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";
import { transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { changePlaces } from "@/server/cohorts/placement";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { creditInvoiceIn } from "@/server/invoices/credit-invoice";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { cohortCancelledEmail } from "@/emails/cohort-cancelled-email";

/**
 * Cancels a whole cohort through the placement owner: every direction on it (confirmed or
 * waiting) is cancelled with its participants, open offers lapse, every invoice not yet
 * credited is credited in full, and every contact and participant is told. Komponent
 * cancelled, so no fee applies whatever the date.
 */
export async function cancelCohort({ actor, cohortId, reason, now = new Date() }: { actor: Actor | null; cohortId: string; reason?: string; now?: Date }) {
  assertStaff(actor);
  const result = await transaction(async (tx) => (await changePlaces(tx, { cohortId, change: { kind: "CANCEL_COHORT" }, actor, now }, () => write(tx, actor))).result);

  // The credit notes' transmissions were queued in the transaction; the worker sends them.
  kickTransmissions();
  kickOutbox();
  return { directionsCancelled: result.directionsCancelled, creditNotes: result.creditNotes.length, emailsQueued: result.emailsQueued };

  async function write(tx: Tx, actor: Actor) {
    const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    const directions = await tx.direction.findMany({
      where: { cohortId, status: { not: "CANCELLED" } },
      include: { participants: { where: { status: "ACTIVE" } }, invoices: true },
      orderBy: { createdAt: "asc" },
    });

    await tx.cohort.update({ where: { id: cohortId }, data: { status: "CANCELLED" } });
    await tx.waitlistOffer.updateMany({ where: { cohortId, status: "OPEN" }, data: { status: "EXPIRED", respondedAt: now } });

    const creditNotes: { id: string }[] = [];
    const notified = new Set<string>();
    for (const direction of directions) {
      await tx.participant.updateMany({ where: { directionId: direction.id, status: "ACTIVE" }, data: { status: "CANCELLED" } });
      await tx.direction.update({ where: { id: direction.id }, data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now } });
      const open = direction.invoices.filter(isUncreditedInvoice);
      for (const invoice of open) {
        const note = await creditInvoiceIn(tx, { invoiceId: invoice.id, reason: `Aflysning af ${cohort.title}`, actor });
        if (note) creditNotes.push(note);
      }
      await recordAudit(tx, {
        actor,
        action: "direction.cancel",
        entityType: "Direction",
        entityId: direction.id,
        directionId: direction.id,
        before: { status: direction.status, waitlistPosition: direction.waitlistPosition },
        after: { status: "CANCELLED", reason: "cohort cancelled", creditedInvoices: open.map((i) => i.displayNumber) },
      });

      const recipients: { email: string; isContact: boolean }[] = [
        { email: direction.contactEmail, isContact: true },
        ...direction.participants.map((p) => ({ email: p.email, isContact: false })),
      ];
      for (const recipient of recipients) {
        const key = recipient.email.toLowerCase();
        if (notified.has(key)) continue;
        notified.add(key);
        await queueEmail(tx, {
          to: recipient.email,
          kind: "cohort-cancelled",
          directionId: direction.id,
          cohortId,
          ...cohortCancelledEmail({ cohortTitle: cohort.title, isContact: recipient.isContact, credited: open.length > 0, reason }),
        });
      }
    }

    await recordAudit(tx, {
      actor,
      action: "cohort.cancel",
      entityType: "Cohort",
      entityId: cohortId,
      before: { status: cohort.status },
      after: { status: "CANCELLED", reason: reason ?? null, directionsCancelled: directions.length, creditNotes: creditNotes.length, emailsQueued: notified.size },
    });
    return { directionsCancelled: directions.length, creditNotes, emailsQueued: notified.size };
  }
}
