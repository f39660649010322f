import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";

export type RowBatch = { table: string; rows: Record<string, unknown>[] };

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Inserts rows into several tables in ONE statement (data-modifying CTEs), for writes made while
 * others wait, such as under a cohort's lock, where every statement costs a turn of a busy event
 * loop. Only the columns a row names are written (the rest take their database defaults), and
 * PostgreSQL converts the values from JSON by the columns' types (dates as ISO text, which
 * timestamp(3) takes as UTC, Prisma's convention). Rows need their own ids (src/server/ids.ts).
 * Foreign keys and the capacity triggers are checked at the end of the statement, as they would
 * be after separate inserts.
 */
export async function insertRows(tx: Pick<Tx, "$queryRaw">, batches: RowBatch[]): Promise<void> {
  const parts = batches
    .filter((batch) => batch.rows.length > 0)
    .map((batch, index) => {
      const columns = [...new Set(batch.rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)))];
      const list = Prisma.raw(columns.map(quote).join(", "));
      const table = Prisma.raw(quote(batch.table));
      return Prisma.sql`${Prisma.raw(`w${index}`)} AS (INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(batch.rows)}::jsonb))`;
    });
  if (parts.length === 0) return;
  await tx.$queryRaw`WITH ${Prisma.join(parts, ", ")} SELECT 1`;
}
