import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";
import { pgPoolConfig } from "@/server/pg-config";
import { publicPagesChanged } from "@/http/public-page-cache";
import { noteCommit } from "@/server/jobs/when-quiet";
import { database } from "@/process-state";

export type Tx = Prisma.TransactionClient;

function pool(): pg.Pool {
  const held = database();
  // $disconnect() ends it (a script's or a test file's end); a later read opens a new one.
  if (!held.pool || held.pool.ended) held.pool = createPool();
  return held.pool;
}

function createPool(): pg.Pool {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which starts the embedded database");
  const created = new pg.Pool(pgPoolConfig(env.DATABASE_URL, env.DATABASE_POOL_MAX));
  // An idle connection the server drops (a restart, a failover) is replaced on the next query;
  // unhandled, its error would end the process.
  created.on("error", (error) => console.warn("database: an idle connection failed:", error.message));
  return created;
}

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool(), { disposeExternalPool: true }) });
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

// Timestamps are stored without a zone, in UTC, as Prisma writes and reads them; pg would read
// them as local time.
const TIMESTAMP = 1114;
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid as never, format);
  },
};

/**
 * A read outside any transaction, straight on the pool the Prisma adapter uses. For the reads
 * on the hot paths (the session behind every signed-in request, a registration attempt's
 * placement, the pages rendered per request): even a raw query through Prisma 6.19 passes its
 * query compiler (WebAssembly) and client runtime, which was up to a fifth of a registration
 * attempt's CPU. Rows come back as pg gives them (json parsed, int8 and numeric as text), so
 * a query casts what it returns (`::int`, JSON). Inside a transaction use `tx.$queryRaw`.
 */
export async function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  // pg would send a Date in local time; the columns hold UTC.
  const values = query.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const result = await pool().query({ text: query.text, values, types });
  return result.rows as T[];
}

/** Where a read that may also run inside a transaction reads from: `readRows`, or a transaction's. */
export type RowReader = <T>(query: Prisma.Sql) => Promise<T[]>;

export function readerOf(tx: Tx): RowReader {
  return <T,>(query: Prisma.Sql) => tx.$queryRaw<T[]>(query);
}

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
