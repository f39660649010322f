import "server-only";
import { db } from "@/server/db";
import type { CurrentUser } from "@/server/auth/session";
import { canManageDirection } from "@/server/directions/direction-access";

/** A registration (not cancelled) the director manages, if any: they are already signed up. */
export async function findMyActiveDirection({ user }: { user: CurrentUser }) {
  const directions = await db.direction.findMany({
    where: { status: { not: "CANCELLED" }, OR: [{ ownerUserId: user.id }, { contactEmail: { equals: user.email, mode: "insensitive" } }] },
    select: { id: true, status: true, ownerUserId: true, contactEmail: true, municipality: { select: { officialName: true } }, cohort: { select: { title: true } } },
    orderBy: { createdAt: "desc" },
  });
  return directions.find((d) => canManageDirection(user, d)) ?? null;
}
