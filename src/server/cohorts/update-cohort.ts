import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { changePlaces } from "@/server/cohorts/placement";
import { notifyCohortFollowers } from "@/server/cohorts/notify-cohort-followers";
import { kickOutbox } from "@/server/email/outbox-worker";
import { cohortWriteError } from "@/server/cohorts/cohort-write-error";
import { cohortSnapshot } from "@/server/cohorts/cohort-snapshot";
import type { CohortInput } from "@/lib/schemas/cohort";

/**
 * Saves the cohort form through the placement owner: the caps and the minimum are decided
 * against what is booked and held (maxDirections 5–10, never below the minimum, never below
 * bookings, and the minimum kept reachable). A raised cap is offered to the waiting list and a
 * changed minimum may make the cohort run or stop running, in the same transaction. Announcing
 * the dates tells everyone who follows the cohort.
 */
export async function updateCohort({ actor, cohortId, input, now = new Date() }: { actor: Actor | null; cohortId: string; input: CohortInput; now?: Date }) {
  assertStaff(actor);
  const limits = { minDirections: input.minDirections, maxDirections: input.maxDirections, maxParticipants: input.maxParticipants };
  try {
    const { result, offers } = await transaction((tx) =>
      changePlaces(tx, { cohortId, change: { kind: "SET_LIMITS", limits }, actor, now }, async () => {
        const before = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
        if (before.status === "CANCELLED" || before.status === "COMPLETED") throw new DomainError("INVALID_STATE");
        if (!input.datesAnnounced && before.status === "OPEN") {
          // An open cohort's dates are public already; hiding them again would confuse registrants.
          throw new DomainError("INVALID_STATE", { field: "datesAnnounced" });
        }
        const cohort = await tx.cohort.update({ where: { id: cohortId }, data: input });
        const announced = !before.datesAnnounced && cohort.datesAnnounced;
        if (announced) await notifyCohortFollowers({ tx, cohortId });
        await recordAudit(tx, {
          actor,
          action: announced ? "cohort.announce" : "cohort.update",
          entityType: "Cohort",
          entityId: cohortId,
          before: cohortSnapshot(before),
          after: cohortSnapshot(cohort),
        });
        return { cohort, announced };
      }),
    );
    if (result.announced || offers.length > 0) kickOutbox();
    return result.cohort;
  } catch (error) {
    throw cohortWriteError(error);
  }
}
