import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { actorOf, recordAudit } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { changePlaces } from "@/server/cohorts/placement";
import type { CurrentUser } from "@/server/auth/session";

/** Stops new registrations; existing directions, the waiting list and its offers are untouched. */
export async function closeCohort({ actor, cohortId, now = new Date() }: { actor: CurrentUser | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  const { result } = await transaction((tx) =>
    changePlaces(tx, { cohortId, change: { kind: "SET_STATUS", status: "CLOSED" }, actor: actorOf(actor), now }, async (places) => {
      if (places.status !== "OPEN") throw new DomainError("INVALID_STATE");
      const after = await tx.cohort.update({ where: { id: cohortId }, data: { status: "CLOSED" } });
      await recordAudit(tx, { actor: actorOf(actor), action: "cohort.close", entityType: "Cohort", entityId: cohortId, before: { status: places.status }, after: { status: after.status } });
      return after;
    }),
  );
  return result;
}
