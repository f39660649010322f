import "server-only";
import { readerOf, type Tx } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { queueEmail } from "@/server/email/queue-email";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { invoiceTimingSentence, invoicesNow } from "@/domain/invoice-timing";
import { changePlaces, directionPlaces } from "@/server/cohorts/placement";
import type { LockedDirection } from "@/server/directions/load-direction-locked";
import { compactWaitlist } from "@/server/waitlist/waitlist-positions";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { participantWelcomeEmail } from "@/emails/participant-welcome-email";
import { registrationChangeEmail } from "@/emails/registration-change-email";
import { queueEmails } from "@/server/email/queue-email";
import { registrationNeedsApproval } from "@/server/municipalities/municipality-domains";
import { pendingApprovalMails } from "@/server/directions/approval-mails";
import { genitive } from "@/lib/format";

/**
 * Moves a waiting direction onto the cohort (offer accepted or staff promotion) through the
 * placement owner: its own hold counts for it, everyone else's against it, and it may bring
 * no more participants than it was offered. Then it is invoiced and everyone is told, and the
 * cohort may start running (the runs-event), all in the caller's transaction.
 * A direction registered from an address outside the municipality's domains is not
 * confirmed here but becomes PENDING_APPROVAL: it keeps the places (an APPROVAL hold instead
 * of the offer's), is not invoiced, and staff approve or refuse it.
 */
export async function confirmWaitlistedDirection(tx: Tx, { actor, direction, action, now }: { actor: Actor; direction: LockedDirection; action: string; now: Date }) {
  const change = { kind: "CONFIRM_WAITING" as const, direction: directionPlaces(direction) };
  const { result } = await changePlaces(tx, { cohortId: direction.cohortId, change, actor, now }, async (places) => {
    // The hold is answered before the booking, so the capacity backstop never counts the direction twice.
    const offers = await tx.waitlistOffer.updateManyAndReturn({ where: { directionId: direction.id, status: "OPEN" }, data: { status: "ACCEPTED", respondedAt: now } });
    const owner = direction.ownerUserId ? await tx.user.findUnique({ where: { id: direction.ownerUserId }, select: { email: true, role: true } }) : null;
    const person = owner ?? { email: direction.contactEmail, role: "DIRECTOR" };
    const pending = await registrationNeedsApproval(readerOf(tx), { person, municipalityCode: direction.municipalityCode });
    const confirmed = await tx.direction.update({ where: { id: direction.id }, data: { status: pending ? "PENDING_APPROVAL" : "CONFIRMED", waitlistPosition: null } });
    await compactWaitlist(tx, direction.cohortId);
    await recordAudit(tx, {
      actor,
      action,
      entityType: "Direction",
      entityId: direction.id,
      directionId: direction.id,
      before: { status: direction.status, waitlistPosition: direction.waitlistPosition },
      after: { status: confirmed.status, waitlistPosition: null },
    });
    for (const offer of offers) {
      await recordAudit(tx, { actor, action: "waitlist.offer.respond", entityType: "WaitlistOffer", entityId: offer.id, directionId: direction.id, before: { status: "OPEN" }, after: { status: offer.status } });
    }
    if (pending) {
      await queueEmails(tx, pendingApprovalMails({ cohort: direction.cohort, direction, participants: direction.participants, municipalityName: direction.municipality.name, signInEmail: person.email }));
      return { direction: confirmed, invoice: null, offer: offers[0] ?? null };
    }
    // Invoiced now if the programme's invoicing time has come for the cohort; a cohort this
    // confirmation makes run invoices it in its runs-event (after this write).
    const { invoiceTiming, invoiceDaysBefore } = direction.cohort.programme;
    const invoice = invoicesNow({ timing: invoiceTiming, cohort: places, daysBefore: invoiceDaysBefore, now }) ? await issueInvoice(tx, { directionId: direction.id, actor, now }) : null;
    const later = invoiceTimingSentence({ timing: invoiceTiming, cohort: places, daysBefore: invoiceDaysBefore });
    await tellConfirmed(tx, { direction, invoiceNumber: invoice?.displayNumber ?? null, later });
    return { direction: confirmed, invoice, offer: offers[0] ?? null };
  });
  return result;
}

async function tellConfirmed(tx: Tx, { direction, invoiceNumber, later }: { direction: LockedDirection; invoiceNumber: string | null; later: string }) {
  await queueEmail(tx, {
    to: direction.contactEmail,
    kind: "waitlist-confirmed",
    directionId: direction.id,
    cohortId: direction.cohortId,
    ...registrationChangeEmail({
      subject: `I har fået plads på ${direction.cohort.title}`,
      heading: "Jeres plads er bekræftet",
      lines: [
        `${genitive(direction.municipality.name)} direktion er nu tilmeldt ${direction.cohort.title} med ${direction.participants.length} deltagere.`,
        invoiceNumber ? `Fakturaen (${invoiceNumber}) sendes elektronisk til jeres EAN-nummer.` : later,
      ].filter(Boolean),
      url: myRegistrationUrl(),
    }),
  });
  for (const participant of direction.participants) {
    await queueEmail(tx, {
      to: participant.email,
      kind: "participant-welcome",
      directionId: direction.id,
      cohortId: direction.cohortId,
      ...participantWelcomeEmail({ participantName: participant.name, municipalityName: direction.municipality.name, contactName: direction.contactName, contactEmail: direction.contactEmail, overnightStay: participant.overnightStay, cohort: direction.cohort, hasCalendar: false }),
    });
  }
}
