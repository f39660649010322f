import "server-only";
import { transaction } from "@/server/db";
import { validateDirectionLimits } from "@/domain/capacity";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { assertAllowed } from "@/server/cohorts/placement";
import { cohortWriteError } from "@/server/cohorts/cohort-write-error";
import { cohortSnapshot } from "@/server/cohorts/cohort-snapshot";
import type { CohortInput } from "@/lib/schemas/cohort";

/** Creates a cohort as a draft; it is opened for registration separately. */
export async function createCohort({ actor, input }: { actor: Actor | null; input: CohortInput }) {
  assertStaff(actor);
  assertAllowed(validateDirectionLimits(input));
  try {
    return await transaction(async (tx) => {
      const programme = await tx.programme.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
      const cohort = await tx.cohort.create({ data: { ...input, programmeId: programme.id, status: "DRAFT" } });
      await recordAudit(tx, { actor, action: "cohort.create", entityType: "Cohort", entityId: cohort.id, after: cohortSnapshot(cohort) });
      return cohort;
    });
  } catch (error) {
    throw cohortWriteError(error);
  }
}
