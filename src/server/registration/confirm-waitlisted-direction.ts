import "server-only";
import type { Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { canAddParticipants, directionSlotsLeft } from "@/domain/capacity";
import { recordAudit, type AuditActor } from "@/server/audit/record-audit";
import { queueEmail } from "@/server/email/queue-email";
import { issueInvoice } from "@/server/invoicing/issue-invoice";
import { markCohortRunningIfReached, readCohortCapacityLocked } from "@/server/registration/cohort-capacity-locked";
import type { LockedDirection } from "@/server/registration/load-direction-locked";
import { compactWaitlist } from "@/server/registration/waitlist-positions";
import { myRegistrationUrl } from "@/server/registration/changes-url";
import { participantWelcomeEmail } from "@/emails/participant-welcome-email";
import { registrationChangeEmail } from "@/emails/registration-change-email";

/**
 * Moves a waiting direction onto the cohort (offer accepted or staff promotion): re-checks
 * capacity under the cohort lock the caller holds, invoices, and tells everyone.
 */
export async function confirmWaitlistedDirection(tx: Tx, { actor, direction, action, now }: { actor: AuditActor; direction: LockedDirection; action: string; now: Date }) {
  if (direction.status !== "WAITLISTED") throw new DomainError("INVALID_STATE");
  const { capacity } = await readCohortCapacityLocked(tx, direction.cohortId);
  if (directionSlotsLeft(capacity) < 1) throw new DomainError("COHORT_FULL_DIRECTIONS");
  if (!canAddParticipants(capacity, direction.participants.length)) throw new DomainError("COHORT_FULL_PARTICIPANTS");

  const confirmed = await tx.direction.update({ where: { id: direction.id }, data: { status: "CONFIRMED", waitlistPosition: null } });
  await compactWaitlist(tx, direction.cohortId);
  await markCohortRunningIfReached(tx, direction.cohortId, now);
  await recordAudit(tx, {
    actor,
    action,
    entityType: "Direction",
    entityId: direction.id,
    directionId: direction.id,
    before: { status: direction.status, waitlistPosition: direction.waitlistPosition },
    after: { status: confirmed.status, waitlistPosition: null },
  });
  const invoice = await issueInvoice(tx, { directionId: direction.id, actor, now });

  await queueEmail(tx, {
    to: direction.contactEmail,
    kind: "waitlist-confirmed",
    directionId: direction.id,
    cohortId: direction.cohortId,
    ...registrationChangeEmail({
      subject: `I har fået plads på ${direction.cohort.title}`,
      heading: "Jeres plads er bekræftet",
      lines: [
        `${direction.municipality.name}s direktion er nu tilmeldt ${direction.cohort.title} med ${direction.participants.length} deltagere.`,
        invoice ? `Fakturaen (${invoice.displayNumber}) sendes elektronisk til jeres EAN-nummer.` : "",
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
  return { direction: confirmed, invoice };
}
