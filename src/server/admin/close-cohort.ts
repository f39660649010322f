import "server-only";
import { lockCohort, transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { actorOf, recordAudit } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import type { CurrentUser } from "@/server/auth/session";

/** Stops new registrations; existing directions and the waiting list are untouched. */
export async function closeCohort({ actor, cohortId }: { actor: CurrentUser | null; cohortId: string }) {
  assertStaff(actor);
  return transaction(async (tx) => {
    if (!(await lockCohort(tx, cohortId))) throw new DomainError("NOT_FOUND");
    const before = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    if (before.status !== "OPEN") throw new DomainError("INVALID_STATE");
    const after = await tx.cohort.update({ where: { id: cohortId }, data: { status: "CLOSED" } });
    await recordAudit(tx, { actor: actorOf(actor), action: "cohort.close", entityType: "Cohort", entityId: cohortId, before: { status: before.status }, after: { status: after.status } });
    return after;
  });
}
