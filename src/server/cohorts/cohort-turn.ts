import "server-only";
import { cohortTurns, type CohortTurnQueue as Queue } from "@/process-state";

export type CohortTurn<C> = {
  /** Hands the turn on. `latest` is the cohort as this turn left it, when it is known. */
  release: (latest?: C) => void;
};

/**
 * Waits for this process's turn to write to a cohort: one writer at a time per cohort, first
 * come first served. The cohort's row lock still serialises writers across processes; this
 * queue keeps a crowd from one process out of the database. Without it, every sign-up in a
 * burst opens a transaction and waits on the row lock holding a pooled connection, and once
 * the cohort is full each of them still takes the lock in turn just to learn so.
 *
 * When a turn ends with the cohort's new state, every waiter that no longer `fits` is let go
 * at once (null) instead of waiting for a turn it would not use: it answers from its own
 * fresh read. Resolves to the turn otherwise; `release` it exactly once.
 */
export function awaitCohortTurn<C>(cohortId: string, fits: (latest: C) => boolean): Promise<CohortTurn<C> | null> {
  const turns = cohortTurns();
  let queue = turns.get(cohortId);
  if (!queue) turns.set(cohortId, (queue = { held: false, waiters: [] }));
  const owned = queue;
  let released = false;
  const turn: CohortTurn<C> = {
    release: (latest) => {
      if (released) return;
      released = true;
      handOn(turns, cohortId, owned, latest);
    },
  };
  if (!owned.held) {
    owned.held = true;
    return Promise.resolve(turn);
  }
  return new Promise((resolve) => owned.waiters.push({ fits: fits as (latest: unknown) => boolean, grant: (granted: boolean) => resolve(granted ? turn : null) }));
}

function handOn(turns: Map<string, Queue>, cohortId: string, queue: Queue, latest: unknown) {
  if (latest !== undefined) {
    const stillFit = queue.waiters.filter((waiter) => waiter.fits(latest));
    for (const waiter of queue.waiters) if (!stillFit.includes(waiter)) waiter.grant(false);
    queue.waiters = stillFit;
  }
  const next = queue.waiters.shift();
  if (next) return next.grant(true);
  queue.held = false;
  turns.delete(cohortId);
}
