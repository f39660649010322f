import "server-only";
import type { RowReader } from "@/server/db";
import { placesSql, type CohortPlaces } from "@/server/cohorts/place-counts";
import { Prisma, type DirectionStatus, type Programme } from "@/generated/prisma/client";

export type PlacementCohort = CohortPlaces;

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

export type ProgrammeTerms = Pick<
  Programme,
  "pricePerParticipantOre" | "vatRateBasisPoints" | "currency" | "paymentTermsDays" | "cancellationTerms" | "invoiceTiming" | "invoiceDaysBefore"
>;

export type PlacementKeys = { cohortSlug: string; idempotencyKey: string; municipalityCode: string };

type Epoch = number | null;
type CohortRow = Omit<PlacementCohort, "registrationDeadline" | "seminarStart" | "runningSince" | "belowMinimumSince"> & {
  registrationDeadline: Epoch;
  seminarStart: Epoch;
  runningSince: Epoch;
  belowMinimumSince: Epoch;
};

/**
 * Everything a registration attempt is decided on, read in one statement: most attempts in a
 * burst are answered from this alone, and under the cohort lock it is the only read before the
 * answer. The places are the shared placesSql (booked and held, see place-counts.ts). Run it
 * after the lock is taken, never in the statement that takes it: a READ COMMITTED statement
 * sees the data as of its own start, which would be before the lock wait.
 */
export async function readPlacement(
  read: RowReader,
  { cohortSlug, idempotencyKey, municipalityCode }: PlacementKeys,
): Promise<Placement> {
  const rows = await read<{ existing: Placement["existing"]; municipalityTaken: boolean; terms: ProgrammeTerms | null; cohorts: CohortRow[] }>(Prisma.sql`
    WITH target AS (
      SELECT id, "programmeId" FROM "Cohort" WHERE slug = ${cohortSlug}
    ), cohorts AS (
      SELECT c.id FROM "Cohort" c JOIN target t ON t."programmeId" = c."programmeId"
    ), places AS (
      ${placesSql(Prisma.sql`SELECT id FROM cohorts`)}
    )
    SELECT
      (SELECT json_build_object('id', d.id, 'status', d.status, 'waitlistPosition', d."waitlistPosition", 'ownerUserId', d."ownerUserId")
         FROM "Direction" d WHERE d."idempotencyKey" = ${idempotencyKey}) AS existing,
      EXISTS (SELECT 1 FROM "Direction" d JOIN target t ON t."programmeId" = d."programmeId"
               WHERE d."municipalityCode" = ${municipalityCode} AND d.status <> 'CANCELLED') AS "municipalityTaken",
      (SELECT json_build_object('pricePerParticipantOre', p."pricePerParticipantOre", 'vatRateBasisPoints', p."vatRateBasisPoints",
                                'currency', p.currency, 'paymentTermsDays', p."paymentTermsDays", 'cancellationTerms', p."cancellationTerms",
                                'invoiceTiming', p."invoiceTiming", 'invoiceDaysBefore', p."invoiceDaysBefore")
         FROM "Programme" p JOIN target t ON t."programmeId" = p.id) AS terms,
      COALESCE((
        SELECT json_agg(json_build_object(
                 'id', k.id, 'programmeId', k."programmeId", 'number', k.number, 'slug', k.slug, 'title', k.title,
                 'status', k.status, 'datesAnnounced', k."datesAnnounced",
                 'minDirections', k."minDirections", 'maxDirections', k."maxDirections", 'maxParticipants', k."maxParticipants",
                 'maxParticipantsPerDirection', k."maxParticipantsPerDirection",
                 'registrationDeadline', extract(epoch FROM k."registrationDeadline") * 1000,
                 'seminarStart', extract(epoch FROM k."seminarStart") * 1000,
                 'runningSince', extract(epoch FROM k."runningSince") * 1000,
                 'belowMinimumSince', extract(epoch FROM k."belowMinimumSince") * 1000,
                 'confirmedDirections', k."confirmedDirections", 'activeParticipants', k."activeParticipants",
                 'heldDirections', k."heldDirections", 'heldSeats', k."heldSeats",
                 'waitlisted', k.waitlisted, 'lastWaitlistPosition', k."lastWaitlistPosition"
               ) ORDER BY k.number)
        FROM places k
      ), '[]') AS cohorts`);
  // A SELECT without FROM: always exactly one row.
  const row = rows[0]!;
  // Timestamps are stored without a zone (UTC); as epoch milliseconds they cannot be misread.
  const cohorts: PlacementCohort[] = row.cohorts.map((c) => ({
    ...c,
    registrationDeadline: dateOf(c.registrationDeadline),
    seminarStart: dateOf(c.seminarStart),
    runningSince: dateOf(c.runningSince),
    belowMinimumSince: dateOf(c.belowMinimumSince),
  }));
  return {
    existing: row.existing,
    cohort: cohorts.find((c) => c.slug === cohortSlug) ?? null,
    otherCohorts: cohorts.filter((c) => c.slug !== cohortSlug),
    municipalityTaken: row.municipalityTaken,
    terms: row.terms,
  };
}

function dateOf(epochMs: Epoch): Date | null {
  return epochMs === null ? null : new Date(Number(epochMs));
}
