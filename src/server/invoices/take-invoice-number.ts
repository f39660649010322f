import "server-only";
import type { Tx } from "@/server/db";

/**
 * The next number of a series, taken in the caller's transaction. The counter row stays
 * locked until commit, which serialises issuers; a rollback returns the number, so the
 * series has no gaps. The upsert covers a programme whose counter row was never created.
 */
export async function takeInvoiceNumber(tx: Tx, { programmeId, series }: { programmeId: string; series: string }): Promise<number> {
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "InvoiceCounter" ("programmeId", series, "lastNumber") VALUES (${programmeId}, ${series}, 1)
    ON CONFLICT ("programmeId", series) DO UPDATE SET "lastNumber" = "InvoiceCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  const number = rows[0]?.lastNumber;
  if (number === undefined) throw new Error(`no invoice counter for ${programmeId}/${series}`);
  return Number(number);
}
