import "server-only";
import { db } from "@/server/db";
import type { Role } from "@/generated/prisma/client";

/** A user with how many passkeys and sessions they have, for the pages that take access away; null when there is none (of `role`, if given). */
export async function getUserAccess({ userId, role }: { userId: string; role?: Role }) {
  return db.user.findFirst({ where: { id: userId, ...(role ? { role } : {}) }, include: { _count: { select: { passkeys: true, sessions: true } } } });
}
