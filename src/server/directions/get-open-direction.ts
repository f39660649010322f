import "server-only";
import { db } from "@/server/db";

/** A direction that is not cancelled, with its active participants, cohort, programme and invoices' kinds; null otherwise. */
export async function getOpenDirection({ directionId }: { directionId: string }) {
  const direction = await db.direction.findUnique({
    where: { id: directionId },
    include: { municipality: true, cohort: { include: { programme: true } }, invoices: { select: { kind: true, status: true } }, participants: { where: { status: "ACTIVE" } } },
  });
  return direction && direction.status !== "CANCELLED" ? direction : null;
}
