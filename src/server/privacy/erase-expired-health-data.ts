import "server-only";
import { db, transaction } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { SYSTEM_ACTOR } from "@/server/auth/actor";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * GDPR Art. 9 data (dietary needs, allergies, accessibility needs) is kept only until the
 * cohort is over: a configurable number of days after its follow-up day (or seminar end
 * when there is none), it is erased for every participant of that cohort and the erasure
 * is logged. Invoices and bookkeeping data are untouched.
 */
export async function eraseExpiredHealthData({ now = new Date() }: { now?: Date } = {}): Promise<{ cohorts: number; participants: number }> {
  const programme = await db.programme.findFirst({ orderBy: { createdAt: "asc" } });
  if (!programme) return { cohorts: 0, participants: 0 };
  const cutoff = new Date(now.getTime() - programme.privacyRetentionDays * DAY_MS);
  const cohorts = await db.cohort.findMany({
    where: {
      OR: [{ followUpEnd: { lt: cutoff } }, { followUpEnd: null, seminarEnd: { lt: cutoff } }],
      directions: { some: { participants: { some: { healthDataErasedAt: null } } } },
    },
    select: { id: true, title: true },
  });
  let participants = 0;
  for (const cohort of cohorts) {
    participants += await transaction(async (tx) => {
      const { count } = await tx.participant.updateMany({
        where: { healthDataErasedAt: null, direction: { cohortId: cohort.id } },
        data: { dietaryNeeds: null, dietaryConsent: false, accessibilityNeeds: null, healthDataErasedAt: now },
      });
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: "privacy.health-data-erased",
        entityType: "Cohort",
        entityId: cohort.id,
        after: { participants: count, retentionDays: programme.privacyRetentionDays },
      });
      return count;
    });
  }
  return { cohorts: cohorts.length, participants };
}
