import "server-only";
import { env } from "@/env";
import { drainOutbox } from "@/server/email/deliver-outbox";

const state = globalThis as unknown as { outboxTimer?: NodeJS.Timeout; outboxRunning?: boolean };

async function tick() {
  if (state.outboxRunning) return;
  state.outboxRunning = true;
  try {
    await drainOutbox();
  } catch (error) {
    console.error("outbox: delivery round failed", error);
  } finally {
    state.outboxRunning = false;
  }
}

/** Polls the outbox in this process; safe to run in every instance (rows are claimed with SKIP LOCKED). */
export function startOutboxWorker() {
  if (state.outboxTimer) return;
  state.outboxTimer = setInterval(tick, env.OUTBOX_POLL_MS);
  state.outboxTimer.unref();
}

/** Nudges delivery right after a commit that queued mail, instead of waiting for the next poll. */
export function kickOutbox() {
  setImmediate(() => void tick());
}
