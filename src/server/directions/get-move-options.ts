import "server-only";
import { db, readRows } from "@/server/db";
import { moveTargetRefusal } from "@/domain/capacity";
import { readCohortPlaces } from "@/server/cohorts/place-counts";

/**
 * A direction and the cohorts it could be moved to, with their places, in number order: every
 * other cohort the move rule (moveTargetRefusal) does not close, so the page offers what
 * moveDirection accepts apart from room, which it decides under lock. Null when there is no such direction.
 */
export async function getMoveOptions({ directionId }: { directionId: string }) {
  const direction = await db.direction.findUnique({ where: { id: directionId }, include: { municipality: true, cohort: true, participants: { where: { status: "ACTIVE" }, select: { id: true } } } });
  if (!direction) return null;
  const others = await db.cohort.findMany({ where: { id: { not: direction.cohortId } }, select: { id: true } });
  const cohorts = await readCohortPlaces(readRows, others.map((c) => c.id));
  return { direction, targets: cohorts.filter((c) => moveTargetRefusal(c) === null) };
}
