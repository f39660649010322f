import "server-only";
import { db } from "@/server/db";
import type { CurrentUser } from "@/server/auth/session";
import { canManageDirection } from "@/server/directions/direction-access";

/** The offer behind a /tilbud link, if the signed-in user may answer it; "forbidden" says nothing about the direction. */
export async function getWaitlistOffer({ user, token }: { user: CurrentUser; token: string }) {
  const offer = await db.waitlistOffer.findUnique({
    where: { token },
    include: { direction: { include: { municipality: true, participants: { where: { status: "ACTIVE" }, orderBy: { createdAt: "asc" } } } }, cohort: true },
  });
  if (!offer) return { kind: "not-found" as const };
  if (!canManageDirection(user, offer.direction)) return { kind: "forbidden" as const };
  return { kind: "ok" as const, offer };
}
