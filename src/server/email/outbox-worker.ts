import "server-only";
import { drainOutbox } from "@/server/email/deliver-outbox";

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

/** Nudges delivery right after a commit that queued mail, instead of waiting for the next poll. */
export function kickOutbox() {
  // Integration tests deliver explicitly (drainOutbox), so background rounds never race a table reset.
  if (process.env.OUTBOX_WORKER === "off") return;
  setImmediate(() => {
    deliverDueMail().catch((error) => console.error("outbox: delivery round failed", error));
  });
}
