import "server-only";
import { transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { changePlaces, directionPlaces } from "@/server/cohorts/placement";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmails } from "@/server/email/queue-email";
import { loadDirectionLocked, type LockedDirection } from "@/server/directions/load-direction-locked";
import { refusedMails } from "@/server/directions/approval-mails";

/**
 * Staff refuse a registration pending approval, in one step: it is cancelled (nothing was
 * invoiced, the participants were never told), and through the placement owner the places it
 * held are freed and offered to the first waiting direction that fits, in the same transaction.
 * The director is told why.
 */
export async function refusePendingDirection({ actor, directionId, reason, now = new Date() }: { actor: Actor | null; directionId: string; reason?: string | null; now?: Date }) {
  assertStaff(actor);
  const note = reason?.trim().slice(0, 500) || null;
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    if (direction.status !== "PENDING_APPROVAL") throw new DomainError("NOT_PENDING_APPROVAL");
    const change = { kind: "CANCEL_DIRECTION" as const, direction: directionPlaces(direction) };
    const { result, offers } = await changePlaces(tx, { cohortId: direction.cohortId, change, actor, now }, () => write(tx, direction, actor));
    return { ...result, offers };
  });
  kickOutbox();
  return result;

  async function write(tx: Tx, direction: LockedDirection, actor: Actor) {
    await tx.participant.updateMany({ where: { directionId, status: "ACTIVE" }, data: { status: "CANCELLED" } });
    const refused = await tx.direction.update({ where: { id: directionId }, data: { status: "CANCELLED", cancelledAt: now } });
    const owner = direction.ownerUserId ? await tx.user.findUnique({ where: { id: direction.ownerUserId }, select: { email: true } }) : null;
    await recordAudit(tx, {
      actor,
      action: "direction.refuse",
      entityType: "Direction",
      entityId: directionId,
      directionId,
      before: { status: direction.status, activeParticipants: direction.participants.length },
      after: { status: refused.status, cancelledAt: now, signInEmail: owner?.email ?? null, reason: note },
    });
    await queueEmails(tx, refusedMails({ cohort: direction.cohort, direction, municipalityName: direction.municipality.name, signInEmail: owner?.email ?? null, reason: note }));
    return { direction: refused };
  }
}
