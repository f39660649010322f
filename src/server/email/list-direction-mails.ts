import "server-only";
import { db } from "@/server/db";

/** The newest 100 mails about a direction, newest first. */
export async function listDirectionMails({ directionId }: { directionId: string }) {
  return db.emailOutbox.findMany({ where: { directionId }, orderBy: { createdAt: "desc" }, take: 100, select: { id: true, to: true, subject: true, kind: true, status: true, createdAt: true, sentAt: true } });
}
