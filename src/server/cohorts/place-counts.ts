import "server-only";
import type { RowReader } from "@/server/db";
import type { CohortCapacity } from "@/domain/capacity";
import { Prisma } from "@/generated/prisma/client";

/** A cohort's places as one statement reads them: its caps and dates, what is booked and held, its waiting list. */
export type CohortPlaces = CohortCapacity & {
  id: string;
  programmeId: string;
  number: number;
  slug: string;
  title: string;
  runningSince: Date | null;
  belowMinimumSince: Date | null;
  /** Directions on the waiting list, and the last place taken on it (0 when it is empty). */
  waitlisted: number;
  lastWaitlistPosition: number;
};

/**
 * The one definition of what takes a cohort's places, for the cohorts whose ids `cohortIds`
 * (a SQL set) yields: confirmed directions and their active participants are booked; the
 * rows of the view k2030_held_places (open waiting-list offers, and any later kind of hold,
 * see HOLD_KINDS in src/domain/capacity.ts) hold a direction slot and seats each. Every read
 * of places, under the lock or for display, is this statement.
 */
export function placesSql(cohortIds: Prisma.Sql): Prisma.Sql {
  // Per-cohort lateral aggregates and a scalar read of the programme's limit: the cheapest form
  // to plan, which matters because the registration hot path plans it on every attempt.
  return Prisma.sql`
    SELECT c.id, c."programmeId", c.number, c.slug, c.title, c.status, c."datesAnnounced", c."seminarStart",
           c."registrationDeadline", c."minDirections", c."maxDirections", c."maxParticipants",
           c."runningSince", c."belowMinimumSince",
           (SELECT pr."maxParticipantsPerDirection" FROM "Programme" pr WHERE pr.id = c."programmeId") AS "maxParticipantsPerDirection",
           b.confirmed::int AS "confirmedDirections",
           b.participants::int AS "activeParticipants",
           h.directions::int AS "heldDirections",
           COALESCE(h.seats, 0)::int AS "heldSeats",
           b.waitlisted::int AS waitlisted,
           COALESCE(b."lastWaitlistPosition", 0)::int AS "lastWaitlistPosition"
    FROM "Cohort" c
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT d.id) FILTER (WHERE d.status = 'CONFIRMED') AS confirmed,
             count(p.id) FILTER (WHERE d.status = 'CONFIRMED' AND p.status = 'ACTIVE') AS participants,
             count(DISTINCT d.id) FILTER (WHERE d.status = 'WAITLISTED') AS waitlisted,
             max(d."waitlistPosition") FILTER (WHERE d.status = 'WAITLISTED') AS "lastWaitlistPosition"
      FROM "Direction" d
      LEFT JOIN "Participant" p ON p."directionId" = d.id
      WHERE d."cohortId" = c.id
    ) b
    CROSS JOIN LATERAL (
      SELECT count(*) AS directions, sum(h.seats) AS seats FROM k2030_held_places h WHERE h."cohortId" = c.id
    ) h
    WHERE c.id IN (${cohortIds})`;
}

/**
 * The places of the given cohorts, in cohort number order. Read under the cohort's lock
 * (lockPlaces) it is what a change is decided on; read without it, it is for display.
 */
export async function readCohortPlaces(read: RowReader, cohortIds: string[]): Promise<CohortPlaces[]> {
  if (cohortIds.length === 0) return [];
  return read<CohortPlaces>(Prisma.sql`${placesSql(Prisma.sql`SELECT unnest(${cohortIds}::text[])`)} ORDER BY c.number`);
}

/** readCohortPlaces by id, for pages that show several cohorts. */
export async function readCohortPlacesById(read: RowReader, cohortIds: string[]): Promise<Map<string, CohortPlaces>> {
  return new Map((await readCohortPlaces(read, cohortIds)).map((places) => [places.id, places]));
}
