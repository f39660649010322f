import "server-only";
import { drainOutbox } from "@/server/email/deliver-outbox";
import { whenQuiet } from "@/server/jobs/when-quiet";
import { oneAtATime } from "@/server/jobs/one-at-a-time";
import { env } from "@/env";

/** One delivery round; concurrent calls in the same process coalesce. */
export async function deliverDueMail() {
  await oneAtATime("mail delivery", drainOutbox);
}

/**
 * Nudges delivery after a commit that queued mail, instead of waiting for the next poll. It
 * runs once commits pause (whenQuiet), like the poll itself, so composing mail never competes
 * with transactions that hold a cohort's lock.
 */
export function kickOutbox() {
  // Integration tests deliver explicitly (drainOutbox), so background rounds never race a table reset.
  if (!env.backgroundJobs) return;
  whenQuiet("outbox", deliverDueMail);
}
