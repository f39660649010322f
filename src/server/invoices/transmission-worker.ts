import "server-only";
import { deliverTransmissions } from "@/server/invoices/deliver-transmissions";
import { kickOutbox } from "@/server/email/outbox-worker";
import { env } from "@/env";
import { whenQuiet } from "@/server/jobs/when-quiet";
import { oneAtATime } from "@/server/jobs/one-at-a-time";

/** Rounds until nothing is due (bounded); concurrent calls in one process coalesce. */
export async function deliverDueTransmissions() {
  await oneAtATime("invoice transmission", async () => {
    for (let round = 0; round < 20; round++) {
      const { sent, failed } = await deliverTransmissions();
      if (sent > 0) kickOutbox();
      if (sent + failed === 0) return;
    }
  });
}

/**
 * Nudges the worker after a commit that issued a document, instead of waiting for the next
 * poll. Rendering (PDF, XML) is ~30 ms of CPU, so it waits until commits pause (whenQuiet).
 * The outbox row is already committed: if this process dies first, another instance or the
 * next poll sends it.
 */
export function kickTransmissions() {
  // Integration tests deliver explicitly (deliverTransmissions), so background rounds never race a table reset.
  if (!env.backgroundJobs) return;
  whenQuiet("invoice transmission", deliverDueTransmissions);
}
