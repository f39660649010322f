import "server-only";
import { env } from "@/env";
import { backgroundJobTimers } from "@/process-state";
import { oneAtATime } from "@/server/jobs/one-at-a-time";

type Job = { name: string; intervalMs: number; run: () => Promise<unknown> };

const MINUTE = 60_000;

// Every job is safe to run in every app instance at once: mail and transmission rows are claimed with
// SKIP LOCKED, and the others take row locks or are idempotent. Use cases are imported
// lazily so this module does not pull the whole server into instrumentation.
const JOBS: Job[] = [
  {
    name: "outbox",
    intervalMs: env.OUTBOX_POLL_MS,
    run: async () => (await import("@/server/email/outbox-worker")).kickOutbox(),
  },
  {
    // Invoice transmissions (claimed with SKIP LOCKED, like mail); retries wait out their backoff.
    name: "invoice-transmissions",
    intervalMs: env.OUTBOX_POLL_MS,
    run: async () => (await import("@/server/invoices/transmission-worker")).kickTransmissions(),
  },
  {
    // Seminar and follow-up reminders are due on a day scale.
    name: "reminders",
    intervalMs: MINUTE,
    run: async () => (await import("@/server/email/send-due-reminders")).sendDueReminders({ now: new Date() }),
  },
  {
    // Unanswered waiting-list offers lapse after 72 hours and pass to the next direction.
    name: "waitlist-offers",
    intervalMs: MINUTE,
    run: async () => (await import("@/server/waitlist/expire-waitlist-offers")).expireWaitlistOffers({ now: new Date() }),
  },
  {
    // Invoices whose time has come under the programme's setting (a date before the seminar).
    name: "due-invoices",
    intervalMs: 60 * MINUTE,
    run: async () => (await import("@/server/invoices/issue-due-invoices")).issueDueInvoices({ now: new Date() }),
  },
  {
    // GDPR: dietary and accessibility data are erased a set number of days after a cohort ends.
    name: "health-data-retention",
    intervalMs: 60 * MINUTE,
    run: async () => (await import("@/server/privacy/erase-expired-health-data")).eraseExpiredHealthData({ now: new Date() }),
  },
];

async function runOnce(job: Job) {
  try {
    await oneAtATime(`background job ${job.name}`, job.run);
  } catch (error) {
    console.error(`background job ${job.name} failed`, error);
  }
}

/** Starts the periodic jobs in this process (once). */
export function startBackgroundJobs() {
  const started = backgroundJobTimers();
  if (started.timers) return;
  started.timers = JOBS.map((job) => {
    const timer = setInterval(() => void runOnce(job), job.intervalMs);
    timer.unref();
    return timer;
  });
}
