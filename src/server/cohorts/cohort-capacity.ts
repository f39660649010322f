import "server-only";
import type { Tx } from "@/server/db";
import type { CohortCapacity } from "@/domain/capacity";
import { Prisma } from "@/generated/prisma/client";

/**
 * What takes a cohort's places, as columns over `"Direction" d LEFT JOIN "Participant" p`
 * grouped by cohort: confirmed directions (`confirmed`) and their active participants
 * (`participants`). Every capacity read uses these, so they cannot drift apart.
 */
export const BOOKING_COUNTS = Prisma.sql`
  count(DISTINCT d.id) FILTER (WHERE d.status = 'CONFIRMED') AS confirmed,
  count(p.id) FILTER (WHERE d.status = 'CONFIRMED' AND p.status = 'ACTIVE') AS participants`;

type Counts = { confirmedDirections: number; activeParticipants: number; waitlisted: number };

/** Live counts per cohort (confirmed directions, their active participants, waiting list). */
export async function countCohortBookings(tx: Pick<Tx, "$queryRaw">, cohortIds: string[]): Promise<Map<string, Counts>> {
  const result = new Map<string, Counts>();
  for (const id of cohortIds) result.set(id, { confirmedDirections: 0, activeParticipants: 0, waitlisted: 0 });
  if (cohortIds.length === 0) return result;
  const rows = await tx.$queryRaw<{ cohortId: string; confirmed: bigint; participants: bigint; waitlisted: bigint }[]>`
    SELECT d."cohortId", ${BOOKING_COUNTS},
           count(DISTINCT d.id) FILTER (WHERE d.status = 'WAITLISTED') AS waitlisted
    FROM "Direction" d
    LEFT JOIN "Participant" p ON p."directionId" = d.id
    WHERE d."cohortId" = ANY(${cohortIds})
    GROUP BY d."cohortId"`;
  for (const row of rows) {
    result.set(row.cohortId, {
      confirmedDirections: Number(row.confirmed),
      activeParticipants: Number(row.participants),
      waitlisted: Number(row.waitlisted),
    });
  }
  return result;
}

export function toCapacity(
  cohort: Omit<CohortCapacity, "confirmedDirections" | "activeParticipants">,
  counts: Counts | undefined,
): CohortCapacity {
  return {
    status: cohort.status,
    minDirections: cohort.minDirections,
    maxDirections: cohort.maxDirections,
    maxParticipants: cohort.maxParticipants,
    registrationDeadline: cohort.registrationDeadline,
    confirmedDirections: counts?.confirmedDirections ?? 0,
    activeParticipants: counts?.activeParticipants ?? 0,
  };
}
