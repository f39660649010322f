import "server-only";
import { lockCohort, transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { actorOf, recordAudit } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import { notifyCohortFollowers } from "@/server/cohorts/notify-cohort-followers";
import { kickOutbox } from "@/server/email/outbox-worker";
import type { CurrentUser } from "@/server/auth/session";

/** Opens a draft or closed cohort for registration and tells its followers. */
export async function openCohort({ actor, cohortId }: { actor: CurrentUser | null; cohortId: string }) {
  assertStaff(actor);
  const cohort = await transaction(async (tx) => {
    if (!(await lockCohort(tx, cohortId))) throw new DomainError("NOT_FOUND");
    const before = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    if (before.status !== "DRAFT" && before.status !== "CLOSED") throw new DomainError("INVALID_STATE");
    if (!before.datesAnnounced || !before.seminarStart) throw new DomainError("DATES_NOT_ANNOUNCED");
    const after = await tx.cohort.update({ where: { id: cohortId }, data: { status: "OPEN" } });
    await notifyCohortFollowers({ tx, cohortId });
    await recordAudit(tx, { actor: actorOf(actor), action: "cohort.open", entityType: "Cohort", entityId: cohortId, before: { status: before.status }, after: { status: after.status } });
    return after;
  });
  kickOutbox();
  return cohort;
}
