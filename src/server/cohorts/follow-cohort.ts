import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { isCohortOver } from "@/domain/capacity";

/**
 * "Giv mig besked": remembers an address until the cohort's dates are announced. Following
 * twice is not an error and gives the same answer, so the form reveals nothing about who
 * already follows. No sign-in: the address is kept for this one mail only.
 */
export async function followCohort({ slug, email }: { slug: string; email: string }) {
  const cohort = await db.cohort.findUnique({ where: { slug }, select: { id: true, status: true, datesAnnounced: true } });
  if (!cohort || isCohortOver(cohort)) throw new DomainError("NOT_FOUND");
  if (cohort.datesAnnounced && cohort.status === "OPEN") throw new DomainError("INVALID_STATE");
  await db.cohortFollower.createMany({ data: [{ cohortId: cohort.id, email }], skipDuplicates: true });
}
