// `npm run db:backup [file]`: a consistent custom-format dump (pg_dump -Fc) of DATABASE_URL.
// With no DATABASE_URL (the embedded default), stop the app first: the PGlite data folder
// is then archived with PGlite's own dumpDataDir, since a PostgreSQL 15 pg_dump cannot
// read the embedded PostgreSQL 18.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

if (existsSync(".env")) process.loadEnvFile(".env");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const url = process.env.DATABASE_URL;
const target = process.argv[2] ?? path.join(".data/backups", `k2030-${stamp}.${url ? "dump" : "tar.gz"}`);
mkdirSync(path.dirname(target), { recursive: true });

if (url) {
  const result = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${target}`, url], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
} else {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = new PGlite(path.resolve(".data/pglite"));
  await db.waitReady;
  // PGlite's own "gzip" option never settles on a 40 MB folder here; node's zlib does the same job.
  const archive = await db.dumpDataDir("none");
  writeFileSync(target, gzipSync(Buffer.from(await archive.arrayBuffer())));
  // PGlite keeps the process alive after the work is done, so the script exits explicitly below.
  void db;
}
console.log(`Backup written to ${target}`);
process.exit(0);
