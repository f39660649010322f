// `npm run db:restore <file>`: restores a backup made by db:backup into DATABASE_URL, which
// should be an empty database (pg_restore --exit-on-error; nothing is dropped first).
// With no DATABASE_URL it restores a PGlite archive into .data/pglite, which must not exist.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

if (existsSync(".env")) process.loadEnvFile(".env");
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("Usage: npm run db:restore <backup file>");
  process.exit(2);
}
const url = process.env.DATABASE_URL;
if (url) {
  const result = spawnSync("pg_restore", ["--exit-on-error", "--no-owner", "--no-privileges", `--dbname=${url}`, file], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
} else {
  const dataDir = path.resolve(".data/pglite");
  if (existsSync(dataDir)) {
    console.error(`${dataDir} exists: move it away first, so a restore never overwrites data.`);
    process.exit(2);
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(dataDir, { loadDataDir: new Blob([gunzipSync(readFileSync(file))]) });
  await db.waitReady;
  // PGlite keeps the process alive after the work is done, so the script exits explicitly below.
  void db;
}
console.log(`Restored ${file}`);
process.exit(0);
