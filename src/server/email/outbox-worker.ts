import "server-only";
import { drainOutbox } from "@/server/email/deliver-outbox";
import { whenQuiet } from "@/server/jobs/when-quiet";
import { env } from "@/env";

const state = globalThis as unknown as { outboxRunning?: boolean };

/** One delivery round; concurrent calls in the same process coalesce. */
export async function deliverDueMail() {
  if (state.outboxRunning) return;
  state.outboxRunning = true;
  try {
    await drainOutbox();
  } finally {
    state.outboxRunning = false;
  }
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
