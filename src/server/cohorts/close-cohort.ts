import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { changePlaces } from "@/server/cohorts/placement";

/** Stops new registrations; existing directions, the waiting list and its offers are untouched. */
export async function closeCohort({ actor, cohortId, now = new Date() }: { actor: Actor | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  const { result } = await transaction((tx) =>
    changePlaces(tx, { cohortId, change: { kind: "SET_STATUS", status: "CLOSED" }, actor, now }, async (places) => {
      if (places.status !== "OPEN") throw new DomainError("INVALID_STATE");
      const after = await tx.cohort.update({ where: { id: cohortId }, data: { status: "CLOSED" } });
      await recordAudit(tx, { actor, action: "cohort.close", entityType: "Cohort", entityId: cohortId, before: { status: places.status }, after: { status: after.status } });
      return after;
    }),
  );
  return result;
}
