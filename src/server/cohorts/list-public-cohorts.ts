import "server-only";
import { db } from "@/server/db";
import { availability, directionSlotsLeft, isRunning, seatsLeft, type Availability } from "@/domain/capacity";
import { countCohortBookings, toCapacity } from "@/server/cohorts/cohort-capacity";
import type { Cohort } from "@/generated/prisma/client";

export type PublicCohort = Cohort & {
  confirmedDirections: number;
  activeParticipants: number;
  waitlisted: number;
  seatsLeft: number;
  directionSlotsLeft: number;
  running: boolean;
  availability: Availability;
};

const VISIBLE = ["DRAFT", "OPEN", "CLOSED", "COMPLETED"] as const;

/** The programme's cohorts as the public sees them (cancelled cohorts are hidden). */
export async function listPublicCohorts({ now = new Date() }: { now?: Date } = {}): Promise<PublicCohort[]> {
  const cohorts = await db.cohort.findMany({ where: { status: { in: [...VISIBLE] } }, orderBy: { number: "asc" } });
  const counts = await countCohortBookings(db, cohorts.map((c) => c.id));
  return cohorts.map((cohort) => withAvailability(cohort, counts.get(cohort.id), now));
}

export async function getPublicCohort({ slug, now = new Date() }: { slug: string; now?: Date }): Promise<PublicCohort | null> {
  const cohort = await db.cohort.findFirst({ where: { slug, status: { in: [...VISIBLE] } } });
  if (!cohort) return null;
  const counts = await countCohortBookings(db, [cohort.id]);
  return withAvailability(cohort, counts.get(cohort.id), now);
}

function withAvailability(
  cohort: Cohort,
  counts: { confirmedDirections: number; activeParticipants: number; waitlisted: number } | undefined,
  now: Date,
): PublicCohort {
  const capacity = toCapacity(cohort, counts);
  return {
    ...cohort,
    confirmedDirections: capacity.confirmedDirections,
    activeParticipants: capacity.activeParticipants,
    waitlisted: counts?.waitlisted ?? 0,
    seatsLeft: seatsLeft(capacity),
    directionSlotsLeft: directionSlotsLeft(capacity),
    running: isRunning(capacity),
    availability: availability(capacity, now),
  };
}
