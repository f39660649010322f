import "server-only";
import { transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { participantSnapshot } from "@/server/directions/audit-snapshots";
import { changePlaces, directionPlaces } from "@/server/cohorts/placement";
import { loadDirectionLocked, type LockedDirection } from "@/server/directions/load-direction-locked";
import { participantData, type ParticipantInput } from "@/server/participants/participant-input";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { participantJoinedEmail } from "@/emails/participant-joined-email";
import { registrationChangeEmail } from "@/emails/registration-change-email";

/**
 * Replaces a participant with a colleague, free of charge, until the seminar starts. The
 * seat passes from one person to the other, so neither capacity nor invoices change.
 */
export async function substituteParticipant({ actor, participantId, input, now = new Date() }: { actor: Actor; participantId: string; input: ParticipantInput; now?: Date }) {
  const data = participantData(input);
  const result = await transaction(async (tx) => {
    const head = await tx.participant.findUnique({ where: { id: participantId }, select: { directionId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    const direction = await loadDirectionLocked(tx, { actor, directionId: head.directionId });
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    const old = direction.participants.find((p) => p.id === participantId);
    if (!old) throw new DomainError("PARTICIPANT_NOT_ACTIVE");
    const change = { kind: "SUBSTITUTE_PARTICIPANT" as const, direction: directionPlaces(direction) };
    return (await changePlaces(tx, { cohortId: direction.cohortId, change, actor, now }, () => write(tx, direction, old))).result;
  });
  kickOutbox();
  return result;

  async function write(tx: Tx, direction: LockedDirection, old: LockedDirection["participants"][number]) {
    // The old participant leaves first: the capacity trigger counts active participants, and a full cohort must still accept the swap.
    const replaced = await tx.participant.update({ where: { id: old.id }, data: { status: "SUBSTITUTED" } });
    const substitute = await tx.participant.create({ data: { ...data, directionId: direction.id, replacesId: old.id } });
    await recordAudit(tx, {
      actor,
      action: "participant.substitute",
      entityType: "Participant",
      entityId: substitute.id,
      directionId: direction.id,
      before: { participantId: old.id, ...participantSnapshot(old) },
      after: { participantId: substitute.id, replacesId: old.id, ...participantSnapshot(substitute) },
    });

    if (direction.status === "CONFIRMED") {
      await queueEmail(tx, {
        to: substitute.email,
        kind: "participant-welcome",
        directionId: direction.id,
        cohortId: direction.cohortId,
        ...participantJoinedEmail({ participantName: substitute.name, municipalityName: direction.municipality.name, cohort: direction.cohort, replacing: old.name, contactName: direction.contactName, contactEmail: direction.contactEmail }),
      });
    }
    await queueEmail(tx, {
      to: direction.contactEmail,
      kind: "registration-change",
      directionId: direction.id,
      ...registrationChangeEmail({
        subject: `Deltager erstattet: ${old.name} → ${substitute.name}`,
        heading: "En deltager er erstattet",
        lines: [`${substitute.name} deltager i stedet for ${old.name} på ${direction.cohort.title}. Erstatningen er uden beregning, og fakturaen ændres ikke.`],
        url: myRegistrationUrl(),
      }),
    });
    return { replaced, substitute };
  }
}
