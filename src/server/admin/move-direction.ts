import "server-only";
import { env } from "@/env";
import { lockCohorts, transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { directionSlotsLeft, seatsLeft } from "@/domain/capacity";
import { formatDateTimeLong } from "@/lib/format";
import { actorOf, recordAudit } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { countCohortBookings, toCapacity } from "@/server/cohorts/cohort-capacity";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { markCohortRunningIfReached } from "@/server/registration/cohort-capacity-locked";
import { offerWaitlistSeats } from "@/server/registration/offer-waitlist-seats";
import { directionMovedEmail } from "@/emails/direction-moved-email";
import type { CurrentUser } from "@/server/auth/session";

/**
 * Moves a direction to another cohort on staff's say-so. A confirmed direction must fit the
 * target as it stands (directions and participants, counted under both cohorts' locks); a
 * waiting direction joins the end of the target's waiting list. Places freed on the source
 * cohort are offered to its waiting list in the same transaction.
 */
export async function moveDirection({ actor, directionId, targetCohortId, now = new Date() }: { actor: CurrentUser | null; directionId: string; targetCohortId: string; now?: Date }) {
  assertStaff(actor);
  await transaction(async (tx) => {
    const head = await tx.direction.findUnique({ where: { id: directionId }, select: { cohortId: true } });
    if (!head) throw new DomainError("NOT_FOUND");
    if (head.cohortId === targetCohortId) throw new DomainError("SAME_COHORT", { field: "targetCohortId" });
    await lockCohorts(tx, [head.cohortId, targetCohortId]);

    const direction = await tx.direction.findUniqueOrThrow({
      where: { id: directionId },
      include: { municipality: true, cohort: true, participants: { where: { status: "ACTIVE" }, select: { id: true } } },
    });
    // Re-read under the lock: a concurrent move may have changed the source.
    if (direction.cohortId !== head.cohortId) throw new DomainError("INVALID_STATE");
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    const target = await tx.cohort.findUnique({ where: { id: targetCohortId } });
    if (!target || target.programmeId !== direction.programmeId) throw new DomainError("NOT_FOUND", { field: "targetCohortId" });
    if (target.status === "CANCELLED" || target.status === "COMPLETED") throw new DomainError("INVALID_STATE", { field: "targetCohortId" });

    let waitlistPosition: number | null = null;
    if (direction.status === "CONFIRMED") {
      const capacity = toCapacity(target, (await countCohortBookings(tx, [targetCohortId])).get(targetCohortId));
      if (directionSlotsLeft(capacity) < 1) throw new DomainError("COHORT_FULL_DIRECTIONS", { field: "targetCohortId" });
      if (seatsLeft(capacity) < direction.participants.length) throw new DomainError("COHORT_FULL_PARTICIPANTS", { field: "targetCohortId" });
    } else {
      const last = await tx.direction.aggregate({ where: { cohortId: targetCohortId, status: "WAITLISTED" }, _max: { waitlistPosition: true } });
      waitlistPosition = (last._max.waitlistPosition ?? 0) + 1;
      await tx.waitlistOffer.updateMany({ where: { directionId, status: "OPEN" }, data: { status: "EXPIRED", respondedAt: now } });
    }

    await tx.direction.update({ where: { id: directionId }, data: { cohortId: targetCohortId, waitlistPosition } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "direction.move",
      entityType: "Direction",
      entityId: directionId,
      directionId,
      before: { cohort: direction.cohort.title, cohortId: direction.cohortId, status: direction.status, waitlistPosition: direction.waitlistPosition },
      after: { cohort: target.title, cohortId: targetCohortId, status: direction.status, waitlistPosition },
    });

    const dates: [string, string][] = [];
    if (target.datesAnnounced && target.seminarStart && target.seminarEnd) {
      dates.push(["Seminar", `${formatDateTimeLong(target.seminarStart)} – ${formatDateTimeLong(target.seminarEnd)}`]);
      if (target.seminarVenueName) dates.push(["Sted", [target.seminarVenueName, target.seminarVenueCity].filter(Boolean).join(", ")]);
    }
    if (target.datesAnnounced && target.followUpStart) dates.push(["Opfølgningsdag", formatDateTimeLong(target.followUpStart)]);
    await queueEmail(tx, {
      to: direction.contactEmail,
      kind: "direction-moved",
      directionId,
      cohortId: targetCohortId,
      ...directionMovedEmail({
        municipalityName: direction.municipality.name,
        fromTitle: direction.cohort.title,
        toTitle: target.title,
        dates,
        url: `${env.NEXTAUTH_URL}/min-tilmelding`,
      }),
    });

    if (direction.status === "CONFIRMED") {
      await markCohortRunningIfReached(tx, targetCohortId, now);
      await offerWaitlistSeats({ tx, cohortId: direction.cohortId, now });
    }
  });
  kickOutbox();
}
