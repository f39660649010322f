import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { changePlaces } from "@/server/cohorts/placement";

/**
 * Marks a cohort as held. Only after its seminar has begun, so a slip of the mouse cannot end a
 * future cohort. Offers still open lapse: there is no place left to take.
 */
export async function completeCohort({ actor, cohortId, now = new Date() }: { actor: Actor | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  const { result } = await transaction((tx) =>
    changePlaces(tx, { cohortId, change: { kind: "SET_STATUS", status: "COMPLETED" }, actor, now }, async (places) => {
      if (places.status !== "OPEN" && places.status !== "CLOSED") throw new DomainError("INVALID_STATE");
      if (!places.seminarStart || places.seminarStart > now) throw new DomainError("INVALID_STATE");
      await tx.waitlistOffer.updateMany({ where: { cohortId, status: "OPEN" }, data: { status: "EXPIRED", respondedAt: now } });
      const after = await tx.cohort.update({ where: { id: cohortId }, data: { status: "COMPLETED" } });
      await recordAudit(tx, { actor, action: "cohort.complete", entityType: "Cohort", entityId: cohortId, before: { status: places.status }, after: { status: after.status } });
      return after;
    }),
  );
  return result;
}
