import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { db } from "@/server/db";

/**
 * The claim/settle loop shared by the durable outboxes (mail, invoice transmissions). Each
 * table has status PENDING → SENDING → SENT | FAILED, attempts, nextAttemptAt, lastError and
 * createdAt. Rows are claimed with FOR UPDATE SKIP LOCKED in one autocommitted statement,
 * so any number of instances can run the loop without delivering a row twice, and delivery
 * then runs outside any transaction. A claimed row is leased (nextAttemptAt moves on): if the
 * process dies mid-delivery, the lease expires and the row is claimed again.
 */
export type QueueTable = "EmailOutbox" | "InvoiceTransmission";

const LEASE_MS = 5 * 60_000;

/** 30 s, 1 min, 2 min … capped at 1 hour (the base is configurable for tests). */
export function backoffMs(attempts: number, baseMs = env.OUTBOX_RETRY_BASE_MS): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/** Claims up to `batch` due rows, oldest first, and returns the requested columns of each. */
export async function claimDue<T extends { id: string; attempts: number }>({ table, columns, batch, now = new Date() }: { table: QueueTable; columns: readonly string[]; batch: number; now?: Date }): Promise<T[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const name = Prisma.raw(`"${table}"`);
  const returning = Prisma.raw(["id", "attempts", ...columns].map((c) => `"${c}"`).join(", "));
  return db.$queryRaw<T[]>`
    UPDATE ${name} SET status = 'SENDING', "nextAttemptAt" = ${leaseUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM ${name}
      WHERE status IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= ${now}
      ORDER BY "createdAt"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING ${returning}`;
}

/**
 * After a failed attempt: the row waits (exponential backoff) or, after maxAttempts, is FAILED
 * with its reason for staff to see. Returns whether it gave up.
 */
export function failureUpdate({ attempts, error, maxAttempts, now = new Date() }: { attempts: number; error: unknown; maxAttempts: number; now?: Date }) {
  const message = error instanceof Error ? error.message : String(error);
  const giveUp = attempts >= maxAttempts;
  return {
    giveUp,
    data: {
      status: giveUp ? ("FAILED" as const) : ("PENDING" as const),
      lastError: message.slice(0, 1000),
      nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
    },
  };
}
