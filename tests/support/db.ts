// Test database helpers: tests run against the real database named by DATABASE_URL
// (set by scripts/test.mjs), never a mock.
import pg from "pg";
import { pgPoolConfig } from "../../src/server/pg-config";

// Reference data stays: municipalities, their seeded e-mail domains (tests that add one remove it), partner associations.
const KEEP = new Set(["_prisma_migrations", "Municipality", "MunicipalityDomain", "PartnerAssociation"]);

let pool: pg.Pool | undefined;

export function testPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests through `npm test`");
  if (!pool) {
    pool = new pg.Pool(pgPoolConfig(url, 1));
    // A database restart (the resilience test) breaks idle connections; the next query reconnects.
    pool.on("error", () => {});
  }
  return pool;
}

/** Empties every table except reference data, so each test starts from a known state. */
export async function resetDatabase(): Promise<void> {
  const { rows } = await testPool().query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  );
  const tables = rows.map((r) => r.tablename).filter((t) => !KEEP.has(t));
  // TRUNCATE fires no row-level triggers, so the invoice immutability guard does not block a reset.
  await testPool().query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
  // Reference data kept across tests, but the receiver format staff may have set is not.
  await testPool().query(`UPDATE "Municipality" SET "eInvoiceFormat" = 'PEPPOL_BIS3', "eInvoiceFormatUpdatedAt" = NULL WHERE "eInvoiceFormat" <> 'PEPPOL_BIS3' OR "eInvoiceFormatUpdatedAt" IS NOT NULL`);
}

export async function closeTestPool(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
