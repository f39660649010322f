import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { pgPoolConfig } from "@/server/pg-config";
import { publicPagesChanged } from "@/http/public-page-cache";
import { noteCommit } from "@/server/jobs/when-quiet";
import { database } from "@/process-state";

export type Tx = Prisma.TransactionClient;

function createClient(): PrismaClient {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which starts the embedded database");
  const adapter = new PrismaPg(pgPoolConfig(env.DATABASE_URL, env.DATABASE_POOL_MAX));
  return new PrismaClient({ adapter });
}

// Created lazily so `next build` never opens a database connection.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, key) {
    // One client per process (src/process-state.ts), whichever bundle asks.
    const client = (database().client ??= createClient());
    const value = Reflect.get(client, key);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * Locks the cohort row for the rest of the transaction. Every write that can change a
 * cohort's capacity takes this lock first, so capacity checks and the writes that depend
 * on them are serialised per cohort under READ COMMITTED.
 */
export async function lockCohort(tx: Tx, cohortId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Cohort" WHERE id = ${cohortId} FOR UPDATE`;
  return rows.length === 1;
}

/** Locks several cohorts in a fixed order so two movers can never deadlock. */
export async function lockCohorts(tx: Tx, cohortIds: string[]) {
  for (const id of [...new Set(cohortIds)].sort()) await lockCohort(tx, id);
}

const RETRYABLE = new Set(["P2034", "40001", "40P01"]);

function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (RETRYABLE.has(error.code)) return true;
    const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)
      ?.driverAdapterError?.cause?.originalCode;
    return cause !== undefined && RETRYABLE.has(cause);
  }
  const message = error instanceof Error ? error.message : "";
  return /deadlock detected|could not serialize access/.test(message);
}

/**
 * Runs `fn` in an interactive READ COMMITTED transaction and retries it on deadlocks and
 * serialisation failures, which are safe to retry because nothing was committed.
 */
export async function transaction<T>(fn: (tx: Tx) => Promise<T>, options: { attempts?: number; timeoutMs?: number } = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.$transaction(fn, { timeout: options.timeoutMs ?? 20_000, maxWait: 20_000 });
      // After the commit, so a page rendered from here on sees the change.
      publicPagesChanged();
      noteCommit();
      return result;
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt + Math.random() * 50));
    }
  }
}
