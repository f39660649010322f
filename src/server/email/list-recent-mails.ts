import "server-only";
import { db } from "@/server/db";

/** The 50 newest mails of the outbox with their text, for the demo's mailbox. */
export async function listRecentMails() {
  return db.emailOutbox.findMany({ orderBy: { createdAt: "desc" }, take: 50, select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true } });
}
