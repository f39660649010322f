import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "@/domain/errors";
import { requirePageRole } from "@/server/auth/session";
import { getManagedDirection } from "@/server/directions/list-my-directions";

/** For the change pages: the signed-in user's direction, or 404 (never a hint that someone else's exists). */
export async function loadManagedDirection(path: string, directionId: string) {
  const user = await requirePageRole(path);
  try {
    return { user, direction: await getManagedDirection({ user, directionId }) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export function participantOf<T extends { participants: { id: string }[] }>(direction: T, participantId: string) {
  const participant = direction.participants.find((p) => p.id === participantId);
  if (!participant) notFound();
  return participant as T["participants"][number];
}
