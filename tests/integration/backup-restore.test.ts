import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode } from "../support/factories";

// pg_dump 15 can talk to the PostgreSQL server but not to the embedded PostgreSQL 18.
const realPostgres = async () => (await testPool().query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v")).rows[0]!.v < 160000;

async function rowCounts(client: pg.Pool | pg.Client) {
  const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const counts: Record<string, number> = {};
  for (const { tablename } of rows) {
    counts[tablename] = Number((await client.query(`SELECT count(*) AS n FROM "${tablename}"`)).rows[0].n);
  }
  return counts;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "k2030-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run db:backup / db:restore", () => {
  it("restores into an empty database with identical row counts", async (ctx) => {
    if (!(await realPostgres())) ctx.skip();
    await resetDatabase();
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id);
    for (let i = 0; i < 3; i++) await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(i) });
    const before = await rowCounts(testPool());

    const file = path.join(dir, "backup.dump");
    execFileSync("node", ["scripts/db-backup.mjs", file], { env: process.env, stdio: "pipe" });

    const source = new URL(process.env.DATABASE_URL!);
    const emptyName = `${source.pathname.slice(1)}_restore`;
    await testPool().query(`CREATE DATABASE "${emptyName}"`);
    const target = new URL(source);
    target.pathname = `/${emptyName}`;
    try {
      execFileSync("node", ["scripts/db-restore.mjs", file], { env: { ...process.env, DATABASE_URL: target.toString() }, stdio: "pipe" });
      const restored = new pg.Client({ connectionString: target.toString() });
      await restored.connect();
      const after = await rowCounts(restored);
      await restored.end();
      expect(after).toEqual(before);
      expect(after.Participant).toBe(9);
    } finally {
      await testPool().query(`DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`);
    }
  });
});
