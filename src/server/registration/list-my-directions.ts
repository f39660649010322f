import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { isRunning } from "@/domain/capacity";
import { actorOf } from "@/server/audit/record-audit";
import type { CurrentUser } from "@/server/auth/session";
import { readCohortPlacesById } from "@/server/cohorts/place-counts";
import { canManageDirection } from "@/server/registration/direction-access";

const include = {
  cohort: { include: { programme: true } },
  municipality: true,
  participants: { where: { status: "ACTIVE" as const }, orderBy: { createdAt: "asc" as const } },
  invoices: { orderBy: { createdAt: "asc" as const } },
  waitlistOffers: { where: { status: "OPEN" as const }, orderBy: { createdAt: "desc" as const } },
};

/**
 * The directions a director manages: those they registered and those naming them as contact
 * person (see direction-access.ts), newest first, with what the "Min tilmelding" page shows.
 */
export async function listMyDirections({ user }: { user: CurrentUser }) {
  const directions = await db.direction.findMany({
    where: { OR: [{ ownerUserId: user.id }, { contactEmail: { equals: user.email, mode: "insensitive" } }] },
    include,
    orderBy: { createdAt: "desc" },
  });
  return enrich(directions.filter((d) => canManageDirection(actorOf(user), d)));
}

/** One direction the user may manage, for the change pages; anything else is "not found". */
export async function getManagedDirection({ user, directionId }: { user: CurrentUser; directionId: string }) {
  const direction = await db.direction.findUnique({ where: { id: directionId }, include });
  if (!direction || !canManageDirection(actorOf(user), direction)) throw new DomainError("NOT_FOUND");
  const [enriched] = await enrich([direction]);
  return enriched!;
}

async function enrich<T extends { id: string; cohortId: string; status: string; waitlistPosition: number | null }>(directions: T[]) {
  const places = await readCohortPlacesById(db, [...new Set(directions.map((d) => d.cohortId))]);
  const history = await db.auditLog.findMany({ where: { directionId: { in: directions.map((d) => d.id) } }, orderBy: { at: "desc" } });
  return Promise.all(
    directions.map(async (direction) => {
      const capacity = places.get(direction.cohortId)!;
      // The rank, not the raw position, so the number is right even if positions have gaps.
      const waitlistRank =
        direction.status === "WAITLISTED" && direction.waitlistPosition !== null
          ? await db.direction.count({ where: { cohortId: direction.cohortId, status: "WAITLISTED", waitlistPosition: { lte: direction.waitlistPosition } } })
          : null;
      return { ...direction, capacity, running: isRunning(capacity), waitlistRank, history: history.filter((h) => h.directionId === direction.id) };
    }),
  );
}

export type MyDirection = Awaited<ReturnType<typeof listMyDirections>>[number];
