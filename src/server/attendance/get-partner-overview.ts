import "server-only";
import { db } from "@/server/db";
import { getProgramme } from "@/server/programme/get-programme";
import { aggregateOverview, type OverviewAggregates } from "@/domain/partner-overview";
import { resolvePartnerScope, type PartnerScope } from "@/server/attendance/partner-scope";
import type { CurrentUser } from "@/server/auth/session";

export type PartnerOverview = OverviewAggregates & { scope: PartnerScope };

/**
 * Aggregates for the partner overview. Only confirmed directions and active participants
 * count; the queries select fields and dates, never names or health data.
 */
export async function getPartnerOverview({ viewer, now = new Date() }: { viewer: CurrentUser | null; now?: Date }): Promise<PartnerOverview> {
  const scope = await resolvePartnerScope(viewer);
  const programme = await getProgramme();
  const visibleCohort = { programmeId: programme.id, status: { not: "CANCELLED" as const } };

  const [cohorts, waitlisted, directions, municipalities] = await Promise.all([
    db.cohort.findMany({ where: visibleCohort, select: { id: true, number: true, title: true }, orderBy: { number: "asc" } }),
    db.direction.groupBy({ by: ["cohortId"], where: { status: "WAITLISTED", cohort: visibleCohort }, _count: { _all: true } }),
    db.direction.findMany({
      where: { status: "CONFIRMED", cohort: visibleCohort },
      select: {
        cohortId: true,
        createdAt: true,
        municipality: { select: { code: true, regionName: true } },
        participants: { where: { status: "ACTIVE" }, select: { field: true, createdAt: true } },
      },
    }),
    db.municipality.findMany({ select: { code: true, regionName: true } }),
  ]);

  const waitlistedByCohort = new Map(waitlisted.map((w) => [w.cohortId, w._count._all]));
  const aggregates = aggregateOverview({
    scopeFields: scope.fields,
    cohorts: cohorts.map((c) => ({ ...c, waitlistedDirections: waitlistedByCohort.get(c.id) ?? 0 })),
    directions: directions.map((d) => ({
      cohortId: d.cohortId,
      createdAt: d.createdAt,
      municipalityCode: d.municipality.code,
      regionName: d.municipality.regionName,
      participants: d.participants,
    })),
    municipalities,
    now,
  });
  return { ...aggregates, scope };
}
