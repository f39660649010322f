import "server-only";
import { env } from "@/env";
import type { Tx } from "@/server/db";
import { queueEmail } from "@/server/email/queue-email";
import { cohortFollowerEmail } from "@/emails/cohort-follower-email";

/**
 * Tells everyone who asked for news about the cohort, inside the caller's transaction (call it
 * when the dates are announced or registration opens, then kickOutbox() after commit). The
 * addresses were kept for this one purpose, so they are deleted as the mails are queued.
 */
export async function notifyCohortFollowers({ tx, cohortId }: { tx: Tx; cohortId: string }): Promise<number> {
  const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
  const followers = await tx.cohortFollower.findMany({ where: { cohortId }, orderBy: { createdAt: "asc" } });
  if (followers.length === 0) return 0;
  const registrationOpen = cohort.status === "OPEN";
  const url = registrationOpen ? `${env.NEXTAUTH_URL}/tilmelding?hold=${cohort.slug}` : `${env.NEXTAUTH_URL}/hold/${cohort.slug}`;
  const mail = cohortFollowerEmail({ cohort, url, registrationOpen });
  for (const follower of followers) {
    await queueEmail(tx, { to: follower.email, kind: "cohort-follower", cohortId, ...mail });
  }
  await tx.cohortFollower.deleteMany({ where: { id: { in: followers.map((f) => f.id) } } });
  return followers.length;
}
