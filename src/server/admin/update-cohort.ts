import "server-only";
import { lockCohort, transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { actorOf, recordAudit } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { countCohortBookings } from "@/server/cohorts/cohort-capacity";
import { notifyCohortFollowers } from "@/server/cohorts/notify-cohort-followers";
import { kickOutbox } from "@/server/email/outbox-worker";
import { cohortWriteError } from "@/server/admin/cohort-write-error";
import { cohortSnapshot } from "@/server/admin/cohort-snapshot";
import type { CurrentUser } from "@/server/auth/session";
import type { CohortInput } from "@/lib/schemas/cohort";

/**
 * Saves the cohort form. Caps are checked against live bookings under the cohort lock (the
 * capacity trigger is the backstop); announcing the dates tells everyone who follows the cohort.
 */
export async function updateCohort({ actor, cohortId, input }: { actor: CurrentUser | null; cohortId: string; input: CohortInput }) {
  assertStaff(actor);
  try {
    const result = await transaction(async (tx) => {
      if (!(await lockCohort(tx, cohortId))) throw new DomainError("NOT_FOUND");
      const before = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
      if (before.status === "CANCELLED" || before.status === "COMPLETED") throw new DomainError("INVALID_STATE");
      if (!input.datesAnnounced && before.status === "OPEN") {
        // An open cohort's dates are public already; hiding them again would confuse registrants.
        throw new DomainError("INVALID_STATE", { field: "datesAnnounced" });
      }
      const counts = (await countCohortBookings(tx, [cohortId])).get(cohortId)!;
      if (input.maxParticipants < counts.activeParticipants) throw new DomainError("CAP_BELOW_BOOKINGS", { field: "maxParticipants" });
      if (input.maxDirections < counts.confirmedDirections) throw new DomainError("CAP_BELOW_BOOKINGS", { field: "maxDirections" });

      const runningSince =
        before.runningSince ?? (counts.confirmedDirections >= input.minDirections && counts.confirmedDirections > 0 ? new Date() : null);
      const cohort = await tx.cohort.update({ where: { id: cohortId }, data: { ...input, runningSince } });
      const announced = !before.datesAnnounced && cohort.datesAnnounced;
      if (announced) await notifyCohortFollowers({ tx, cohortId });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: announced ? "cohort.announce" : "cohort.update",
        entityType: "Cohort",
        entityId: cohortId,
        before: cohortSnapshot(before),
        after: cohortSnapshot(cohort),
      });
      return { cohort, announced };
    });
    if (result.announced) kickOutbox();
    return result.cohort;
  } catch (error) {
    throw cohortWriteError(error);
  }
}
