import "server-only";
import { db } from "@/server/db";
import { availability, directionSlotsLeft, isRunning, seatsForNewDirection, seatsLeft, type Availability } from "@/domain/capacity";
import { readCohortPlacesById, type CohortPlaces } from "@/server/cohorts/place-counts";
import type { Cohort } from "@/generated/prisma/client";

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
  const cohorts = await db.cohort.findMany({ where: { status: { in: [...VISIBLE] } }, orderBy: { number: "asc" } });
  const places = await readCohortPlacesById(db, cohorts.map((c) => c.id));
  return cohorts.map((cohort) => withAvailability(cohort, places.get(cohort.id)!, now));
}

export async function getPublicCohort({ slug, now = new Date() }: { slug: string; now?: Date }): Promise<PublicCohort | null> {
  const cohort = await db.cohort.findFirst({ where: { slug, status: { in: [...VISIBLE] } } });
  if (!cohort) return null;
  const places = await readCohortPlacesById(db, [cohort.id]);
  return withAvailability(cohort, places.get(cohort.id)!, now);
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
