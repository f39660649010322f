import "server-only";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";

/** For the staff participant pages: the direction (not cancelled) and, if asked for, one active participant of it. */
export async function loadDirectionForStaff(path: string, directionId: string, participantId?: string) {
  await requirePageRole(path, "STAFF");
  const direction = await db.direction.findUnique({
    where: { id: directionId },
    include: { municipality: true, cohort: { include: { programme: true } }, invoices: { select: { kind: true, status: true } }, participants: { where: { status: "ACTIVE" } } },
  });
  if (!direction || direction.status === "CANCELLED") notFound();
  const participant = participantId === undefined ? undefined : direction.participants.find((p) => p.id === participantId);
  if (participantId !== undefined && !participant) notFound();
  return { direction, participant: participant! };
}
