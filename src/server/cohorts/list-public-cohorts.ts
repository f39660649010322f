import "server-only";
import { cache } from "react";
import { readRows } from "@/server/db";
import { availability, directionSlotsLeft, isRunning, seatsForNewDirection, seatsLeft, type Availability } from "@/domain/capacity";
import { placesSql, type CohortPlaces } from "@/server/cohorts/place-counts";
import { DATE_COLUMNS, reviveDates } from "@/server/json-rows";
import { Prisma, type Cohort, type Programme } from "@/generated/prisma/client";

export type PublicCohort = Cohort & {
  confirmedDirections: number;
  activeParticipants: number;
  waitlisted: number;
  /** Seats free for anyone (held seats are taken). */
  seatsLeft: number;
  directionSlotsLeft: number;
  /** The most participants a direction registering now may bring (the limit per direction and the minimum's reserve). */
  seatsForNewDirection: number;
  running: boolean;
  availability: Availability;
};

const VISIBLE = ["DRAFT", "OPEN", "CLOSED", "COMPLETED"] as const;

/** The programme's cohorts as the public sees them (cancelled cohorts are hidden). */
export async function listPublicCohorts({ now = new Date() }: { now?: Date } = {}): Promise<PublicCohort[]> {
  // One statement (it was a Prisma ORM query and a raw one).
  const rows = await readRows<{ cohort: Record<string, unknown>; places: Record<string, unknown> }>(Prisma.sql`
    WITH pl AS (${placesSql(Prisma.sql`SELECT id FROM "Cohort" WHERE status::text = ANY(${[...VISIBLE]})`)})
    SELECT to_jsonb(c) AS cohort, to_jsonb(pl) AS places FROM pl JOIN "Cohort" c ON c.id = pl.id ORDER BY c.number`);
  return rows.map((row) => withAvailability(reviveDates<Cohort>(row.cohort, DATE_COLUMNS.cohort), reviveDates<CohortPlaces>(row.places, DATE_COLUMNS.places), now));
}

export async function getPublicCohort({ slug, now = new Date() }: { slug: string; now?: Date }): Promise<PublicCohort | null> {
  return (await readPublicCohortPage(slug, now))?.cohort ?? null;
}

/**
 * A cohort's page: the cohort, its places and its programme in one statement (it used to be
 * three Prisma ORM queries, and the page's title and body each read it again). Shared by
 * everything that renders within one request.
 */
export const getPublicCohortPage = cache((slug: string) => readPublicCohortPage(slug, new Date()));

async function readPublicCohortPage(slug: string, now: Date): Promise<{ cohort: PublicCohort; programme: Programme } | null> {
  const rows = await readRows<{ cohort: Record<string, unknown>; places: Record<string, unknown>; programme: Record<string, unknown> }>(Prisma.sql`
    WITH pl AS (${placesSql(Prisma.sql`SELECT id FROM "Cohort" WHERE slug = ${slug} AND status::text = ANY(${[...VISIBLE]})`)})
    SELECT to_jsonb(c) AS cohort, to_jsonb(pl) AS places, to_jsonb(pr) AS programme
    FROM pl JOIN "Cohort" c ON c.id = pl.id JOIN "Programme" pr ON pr.id = c."programmeId"`);
  const row = rows[0];
  if (!row) return null;
  const cohort = reviveDates<Cohort>(row.cohort, DATE_COLUMNS.cohort);
  const places = reviveDates<CohortPlaces>(row.places, DATE_COLUMNS.places);
  return { cohort: withAvailability(cohort, places, now), programme: reviveDates<Programme>(row.programme, DATE_COLUMNS.programme) };
}

function withAvailability(cohort: Cohort, places: CohortPlaces, now: Date): PublicCohort {
  return {
    ...cohort,
    confirmedDirections: places.confirmedDirections,
    activeParticipants: places.activeParticipants,
    waitlisted: places.waitlisted,
    seatsLeft: seatsLeft(places),
    directionSlotsLeft: directionSlotsLeft(places),
    seatsForNewDirection: Math.min(seatsForNewDirection(places), places.maxParticipantsPerDirection),
    running: isRunning(places),
    availability: availability(places, now),
  };
}
