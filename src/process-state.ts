// Process-wide state, all of it, in one place (as src/env.ts is for configuration).
//
// Each holder is kept on globalThis under its own key: Next bundles the proxy, instrumentation
// and the app's routes separately (and reloads modules in development), and every copy of a
// module must find the one holder. None of it is shared between app instances, and none of it
// needs to be: what must survive a restart or be seen by every instance is in the database
// (sessions, the mail outbox, the invoice transmission outbox, locks). Each holder says what it
// keeps and why several instances are safe.
//
// Not here: caches that each module copy may keep for itself, because losing or duplicating
// them costs one read (publicDataMemo's entries, the invoice fonts, the municipality list).
// No Next or server-only imports: the proxy uses this module too.
import { randomBytes } from "node:crypto";
import type { Pool } from "pg";
import type { PrismaClient } from "@/generated/prisma/client";

function held<T>(name: string, create: () => T): T {
  const holders = globalThis as { [key: symbol]: unknown };
  const key = Symbol.for(`k2030.${name}`);
  return (holders[key] ??= create()) as T;
}

/**
 * The Prisma client and its connection pool (which the hot raw reads share): one per process,
 * since each copy would open a pool of its own. Several instances: each has its pool of DATABASE_POOL_MAX connections, which is
 * sized so that every instance's pool fits within the database's connection limit.
 */
export function database(): { client?: PrismaClient; pool?: Pool } {
  return held("database", () => ({}));
}

/**
 * A number bumped after every write transaction this process commits. The public page cache,
 * the cohort probes and the public data memos serve nothing older. Several instances: another
 * instance's write does not bump it here, so every reuse is also bounded by PUBLIC_PAGE_CACHE_MS,
 * and no decision is made on reused data (every rule is re-checked under the cohort lock).
 */
export function publicDataVersion(): { version: number } {
  return held("publicDataVersion", () => ({ version: 0 }));
}

export type CachedPage = { body: Uint8Array<ArrayBuffer> | null; headers: [string, string][]; scriptHashes: string[]; version: number; storedAt: number };

/**
 * Renderings of the anonymous public pages (src/http/public-page-cache.ts), the renders under
 * way, and the secret that marks the proxy's own render requests. The app bumps the version, the
 * proxy serves from here. Several instances: each renders and keeps its own copies, stale by at
 * most PUBLIC_PAGE_CACHE_MS; nothing personal is ever stored (no cookies, no query strings).
 */
export function publicPages(): { entries: Map<string, CachedPage>; filling: Map<string, Promise<void>>; fillSecret: string } {
  return held("publicPages", () => ({ entries: new Map(), filling: new Map(), fillSecret: randomBytes(24).toString("base64url") }));
}

export type CohortProbe = { version: number; at: number; exists: Promise<boolean> };

/**
 * The proxy's answers to "does the cohort /hold/<slug> exist?" (src/http/public-cohort-probe.ts).
 * Several instances: the same bound as the page cache, and any doubt renders the page as usual.
 */
export function cohortProbes(): Map<string, CohortProbe> {
  return held("cohortProbes", () => new Map());
}

export type CohortTurnWaiter = { fits: (latest: unknown) => boolean; grant: (granted: boolean) => void };
export type CohortTurnQueue = { held: boolean; waiters: CohortTurnWaiter[] };

/**
 * This process's writers queued per cohort (src/server/cohorts/cohort-turn.ts), so a burst of
 * sign-ups waits here rather than on the cohort's row lock with a pooled connection each.
 * Several instances: it orders only this process's writers; the cohort's row lock serialises
 * writers across instances, and every rule is checked again under it.
 */
export function cohortTurns(): Map<string, CohortTurnQueue> {
  return held("cohortTurns", () => new Map());
}

export type QuietWork = { firstAskedAt: number; task: () => Promise<void> };

/**
 * When this process last committed, and the work waiting for its commits to pause
 * (src/server/jobs/when-quiet.ts): rendering and sending invoices, delivering mail. Several
 * instances: the work itself is rows in the outboxes; if this process dies before it runs,
 * another instance's poll, or this one's after a restart, does it.
 */
export function quietTime(): { lastCommitAt: number; pending: Map<string, QuietWork> } {
  return held("quietTime", () => ({ lastCommitAt: 0, pending: new Map() }));
}

/**
 * The background jobs and delivery rounds under way in this process, by name, so none runs twice
 * at once here (src/server/jobs/one-at-a-time.ts). Several instances: each may run the same job
 * at the same time; mail and invoice transmissions are claimed with SKIP LOCKED, and the other
 * jobs take row locks or are idempotent.
 */
export function runningWork(): Set<string> {
  return held("runningWork", () => new Set());
}

/**
 * The timers of the periodic background jobs, started once per process (instrumentation).
 * Several instances: every instance runs every job, which is safe as said for runningWork.
 */
export function backgroundJobTimers(): { timers?: NodeJS.Timeout[] } {
  return held("backgroundJobTimers", () => ({}));
}
