import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { canChangeParticipantDetails } from "@/domain/change-windows";
import { recordAudit } from "@/server/audit/record-audit";
import { isStaff, type Actor } from "@/server/auth/actor";
import { participantSnapshot } from "@/server/directions/audit-snapshots";
import { loadDirectionLocked } from "@/server/directions/load-direction-locked";
import { participantData, type ParticipantInput } from "@/server/participants/participant-input";

/** Corrects a participant's details (same person: a new person is a substitution). */
export async function updateParticipant({ actor, participantId, input, now = new Date() }: { actor: Actor; participantId: string; input: ParticipantInput; now?: Date }) {
  const data = participantData(input);
  return transaction(async (tx) => {
    const head = await tx.participant.findUnique({ where: { id: participantId }, select: { directionId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    const direction = await loadDirectionLocked(tx, { actor, directionId: head.directionId });
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    const before = direction.participants.find((p) => p.id === participantId);
    if (!before) throw new DomainError("PARTICIPANT_NOT_ACTIVE");
    if (!isStaff(actor) && !canChangeParticipantDetails({ now, seminarStart: direction.cohort.seminarStart })) {
      throw new DomainError("CHANGE_WINDOW_CLOSED");
    }
    // Withdrawn consent takes the dietary needs with it: participantData has already dropped them.
    const after = await tx.participant.update({ where: { id: participantId }, data });
    await recordAudit(tx, {
      actor,
      action: "participant.update",
      entityType: "Participant",
      entityId: participantId,
      directionId: direction.id,
      before: participantSnapshot(before),
      after: participantSnapshot(after),
    });
    return after;
  });
}
