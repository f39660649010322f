import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { changePlaces } from "@/server/cohorts/placement";
import { notifyCohortFollowers } from "@/server/cohorts/notify-cohort-followers";
import { kickOutbox } from "@/server/email/outbox-worker";

/** Opens a draft or closed cohort for registration and tells its followers; free places go to the waiting list first. */
export async function openCohort({ actor, cohortId, now = new Date() }: { actor: Actor | null; cohortId: string; now?: Date }) {
  assertStaff(actor);
  const { result } = await transaction((tx) =>
    changePlaces(tx, { cohortId, change: { kind: "SET_STATUS", status: "OPEN" }, actor, now }, async (places) => {
      if (places.status !== "DRAFT" && places.status !== "CLOSED") throw new DomainError("INVALID_STATE");
      if (!places.datesAnnounced || !places.seminarStart) throw new DomainError("DATES_NOT_ANNOUNCED");
      const after = await tx.cohort.update({ where: { id: cohortId }, data: { status: "OPEN" } });
      await notifyCohortFollowers({ tx, cohortId });
      await recordAudit(tx, { actor, action: "cohort.open", entityType: "Cohort", entityId: cohortId, before: { status: places.status }, after: { status: after.status } });
      return after;
    }),
  );
  kickOutbox();
  return result;
}
