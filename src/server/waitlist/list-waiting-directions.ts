import "server-only";
import { db } from "@/server/db";

/** A cohort's waiting list in order: each direction with its municipality, active participants and open offer. */
export async function listWaitingDirections({ cohortId }: { cohortId: string }) {
  return db.direction.findMany({
    where: { cohortId, status: "WAITLISTED" },
    orderBy: { waitlistPosition: "asc" },
    include: { municipality: true, participants: { where: { status: "ACTIVE" }, select: { id: true } }, waitlistOffers: { where: { status: "OPEN" } } },
  });
}
