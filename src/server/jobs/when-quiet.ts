import "server-only";
import { quietTime, type QuietWork as Pending } from "@/process-state";

// Work that can wait a moment (rendering and sending invoices, delivering mail) waits while this
// process is committing transactions. During a burst of sign-ups those transactions hold a
// cohort's lock one after another, and every millisecond of other work on the event loop is a
// millisecond everyone queued for that lock waits. The work runs once commits pause for QUIET_MS,
// and never later than MAX_DELAY_MS after it was first asked for.
const QUIET_MS = 500;
const MAX_DELAY_MS = 10_000;

/** Called after every committed transaction. */
export function noteCommit() {
  quietTime().lastCommitAt = Date.now();
}

/**
 * Runs `task` once this process's commits pause. Calls under the same name before it has run
 * are coalesced into one run (of the latest task).
 */
export function whenQuiet(name: string, task: () => Promise<void>) {
  const { pending } = quietTime();
  const waiting = pending.get(name);
  if (waiting) {
    waiting.task = task;
    return;
  }
  const entry: Pending = { firstAskedAt: Date.now(), task };
  pending.set(name, entry);
  schedule(name, entry);
}

function schedule(name: string, entry: Pending) {
  const { lastCommitAt, pending } = quietTime();
  const now = Date.now();
  const due = Math.min(lastCommitAt + QUIET_MS, entry.firstAskedAt + MAX_DELAY_MS);
  if (due > now) {
    // Commits made meanwhile move the time on; it is checked again when it comes.
    setTimeout(() => schedule(name, entry), due - now);
    return;
  }
  pending.delete(name);
  entry.task().catch((error) => console.error(`${name}: deferred work failed`, error));
}
