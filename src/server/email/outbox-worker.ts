import "server-only";
import { env } from "@/env";
import { drainOutbox } from "@/server/email/deliver-outbox";

const state = globalThis as unknown as { outboxTimer?: NodeJS.Timeout; outboxRunning?: boolean; waitlistTimer?: NodeJS.Timeout; waitlistRunning?: boolean };

// Unanswered waiting-list offers lapse after 72 hours; checking once a minute is precise enough.
const WAITLIST_EXPIRY_INTERVAL_MS = 60_000;

async function expireOffersTick() {
  if (state.waitlistRunning) return;
  state.waitlistRunning = true;
  try {
    // Imported lazily: the registration use cases import kickOutbox from this module.
    const { expireWaitlistOffers } = await import("@/server/registration/expire-waitlist-offers");
    await expireWaitlistOffers({ now: new Date() });
  } catch (error) {
    console.error("waitlist: expiring offers failed", error);
  } finally {
    state.waitlistRunning = false;
  }
}

// Reminders are due on a day scale; checking once a minute keeps the poll loop cheap.
const REMINDER_INTERVAL_MS = 60_000;
const reminderState = globalThis as unknown as { remindersCheckedAt?: number };

async function queueDueReminders() {
  if (Date.now() - (reminderState.remindersCheckedAt ?? 0) < REMINDER_INTERVAL_MS) return;
  reminderState.remindersCheckedAt = Date.now();
  try {
    // Imported lazily, like the waitlist job, to keep this module free of use-case imports.
    const { sendDueReminders } = await import("@/server/admin/send-due-reminders");
    await sendDueReminders({ now: new Date() });
  } catch (error) {
    console.error("reminders: queueing due reminders failed", error);
  }
}

async function tick() {
  if (state.outboxRunning) return;
  state.outboxRunning = true;
  try {
    await queueDueReminders();
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
  state.waitlistTimer = setInterval(expireOffersTick, WAITLIST_EXPIRY_INTERVAL_MS);
  state.waitlistTimer.unref();
}

/** Nudges delivery right after a commit that queued mail, instead of waiting for the next poll. */
export function kickOutbox() {
  // Integration tests deliver explicitly (drainOutbox), so background rounds never race a table reset.
  if (process.env.OUTBOX_WORKER === "off") return;
  setImmediate(() => void tick());
}
