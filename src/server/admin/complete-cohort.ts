import "server-only";
import { lockCohort, transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { actorOf, recordAudit } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import type { CurrentUser } from "@/server/auth/session";

/** Marks a cohort as held. Only after its seminar has begun, so a slip of the mouse cannot end a future cohort. */
export async function completeCohort({ actor, cohortId, now = new Date() }: { actor: CurrentUser | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  return transaction(async (tx) => {
    if (!(await lockCohort(tx, cohortId))) throw new DomainError("NOT_FOUND");
    const before = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    if (before.status !== "OPEN" && before.status !== "CLOSED") throw new DomainError("INVALID_STATE");
    if (!before.seminarStart || before.seminarStart > now) throw new DomainError("INVALID_STATE");
    const after = await tx.cohort.update({ where: { id: cohortId }, data: { status: "COMPLETED" } });
    await recordAudit(tx, { actor: actorOf(actor), action: "cohort.complete", entityType: "Cohort", entityId: cohortId, before: { status: before.status }, after: { status: after.status } });
    return after;
  });
}
