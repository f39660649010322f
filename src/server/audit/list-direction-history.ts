import "server-only";
import { db } from "@/server/db";

/** The newest 200 audit entries about a direction, newest first. */
export async function listDirectionHistory({ directionId }: { directionId: string }) {
  return db.auditLog.findMany({ where: { directionId }, orderBy: { at: "desc" }, take: 200 });
}
