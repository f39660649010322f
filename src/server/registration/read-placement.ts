import "server-only";
import type { Tx } from "@/server/db";
import type { CohortCapacity } from "@/domain/capacity";
import { BOOKING_COUNTS } from "@/server/cohorts/cohort-capacity";
import type { DirectionStatus, Programme } from "@/generated/prisma/client";

export type PlacementCohort = CohortCapacity & {
  id: string;
  programmeId: string;
  number: number;
  slug: string;
  title: string;
  /** The last place taken on the cohort's waiting list (0 when it is empty). */
  lastWaitlistPosition: number;
  /** When the cohort first reached its minimum of confirmed directions. */
  runningSince: Date | null;
};

export type Placement = {
  /** The direction an earlier submit with the same idempotency key made. */
  existing: { id: string; status: DirectionStatus; waitlistPosition: number | null; ownerUserId: string | null } | null;
  /** The cohort asked for, or null if there is no such cohort. */
  cohort: PlacementCohort | null;
  /** The programme's other cohorts, in order. */
  otherCohorts: PlacementCohort[];
  /** The municipality already has a direction (not cancelled) in the cohort's programme. */
  municipalityTaken: boolean;
  /** The programme's terms that a new direction is invoiced and told of (null without a cohort). */
  terms: ProgrammeTerms | null;
};

export type ProgrammeTerms = Pick<Programme, "pricePerParticipantOre" | "vatRateBasisPoints" | "currency" | "paymentTermsDays" | "cancellationTerms">;

export type PlacementKeys = { cohortSlug: string; idempotencyKey: string; municipalityCode: string };

type CohortRow = Omit<PlacementCohort, "registrationDeadline" | "runningSince"> & { registrationDeadline: number | null; runningSince: number | null };

/**
 * Everything a registration attempt is decided on, read in one statement: most attempts in a
 * burst are answered from this alone, and under the cohort lock it is the only read before the
 * answer. Booking counts are the shared BOOKING_COUNTS (confirmed directions, their active
 * participants). Run it after the lock is taken, never in the statement that takes it: a READ
 * COMMITTED statement sees the data as of its own start, which would be before the lock wait.
 */
export async function readPlacement(
  tx: Pick<Tx, "$queryRaw">,
  { cohortSlug, idempotencyKey, municipalityCode }: PlacementKeys,
): Promise<Placement> {
  const rows = await tx.$queryRaw<{ existing: Placement["existing"]; municipalityTaken: boolean; terms: ProgrammeTerms | null; cohorts: CohortRow[] }[]>`
    WITH target AS (
      SELECT id, "programmeId" FROM "Cohort" WHERE slug = ${cohortSlug}
    ), cohorts AS (
      SELECT c.* FROM "Cohort" c JOIN target t ON t."programmeId" = c."programmeId"
    ), counts AS (
      SELECT d."cohortId", ${BOOKING_COUNTS},
             max(d."waitlistPosition") FILTER (WHERE d.status = 'WAITLISTED') AS "lastWaitlistPosition"
      FROM "Direction" d
      LEFT JOIN "Participant" p ON p."directionId" = d.id
      WHERE d."cohortId" IN (SELECT id FROM cohorts)
      GROUP BY d."cohortId"
    )
    SELECT
      (SELECT json_build_object('id', d.id, 'status', d.status, 'waitlistPosition', d."waitlistPosition", 'ownerUserId', d."ownerUserId")
         FROM "Direction" d WHERE d."idempotencyKey" = ${idempotencyKey}) AS existing,
      EXISTS (SELECT 1 FROM "Direction" d JOIN target t ON t."programmeId" = d."programmeId"
               WHERE d."municipalityCode" = ${municipalityCode} AND d.status <> 'CANCELLED') AS "municipalityTaken",
      (SELECT json_build_object('pricePerParticipantOre', p."pricePerParticipantOre", 'vatRateBasisPoints', p."vatRateBasisPoints",
                                'currency', p.currency, 'paymentTermsDays', p."paymentTermsDays", 'cancellationTerms', p."cancellationTerms")
         FROM "Programme" p JOIN target t ON t."programmeId" = p.id) AS terms,
      COALESCE((
        SELECT json_agg(json_build_object(
                 'id', c.id, 'programmeId', c."programmeId", 'number', c.number, 'slug', c.slug, 'title', c.title,
                 'status', c.status, 'minDirections', c."minDirections", 'maxDirections', c."maxDirections",
                 'maxParticipants', c."maxParticipants",
                 'registrationDeadline', extract(epoch FROM c."registrationDeadline") * 1000,
                 'runningSince', extract(epoch FROM c."runningSince") * 1000,
                 'confirmedDirections', COALESCE(k.confirmed, 0), 'activeParticipants', COALESCE(k.participants, 0),
                 'lastWaitlistPosition', COALESCE(k."lastWaitlistPosition", 0)
               ) ORDER BY c.number)
        FROM cohorts c LEFT JOIN counts k ON k."cohortId" = c.id
      ), '[]') AS cohorts`;
  // A SELECT without FROM: always exactly one row.
  const row = rows[0]!;
  // Timestamps are stored without a zone (UTC); as epoch milliseconds they cannot be misread.
  const cohorts: PlacementCohort[] = row.cohorts.map((c) => ({ ...c, registrationDeadline: dateOf(c.registrationDeadline), runningSince: dateOf(c.runningSince) }));
  return {
    existing: row.existing,
    cohort: cohorts.find((c) => c.slug === cohortSlug) ?? null,
    otherCohorts: cohorts.filter((c) => c.slug !== cohortSlug),
    municipalityTaken: row.municipalityTaken,
    terms: row.terms,
  };
}

function dateOf(epochMs: number | null): Date | null {
  return epochMs === null ? null : new Date(Number(epochMs));
}
