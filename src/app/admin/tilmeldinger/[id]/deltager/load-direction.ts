import "server-only";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { getOpenDirection } from "@/server/directions/get-open-direction";

/** For the staff participant pages: the direction (not cancelled) and, if asked for, one active participant of it. */
export async function loadDirectionForStaff(path: string, directionId: string, participantId?: string) {
  await requirePageRole(path, "STAFF");
  const direction = await getOpenDirection({ directionId });
  if (!direction) notFound();
  const participant = participantId === undefined ? undefined : direction.participants.find((p) => p.id === participantId);
  if (participantId !== undefined && !participant) notFound();
  return { direction, participant: participant! };
}
