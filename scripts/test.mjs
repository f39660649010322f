// `npm test`: type check, unit, integration (real PostgreSQL) and end-to-end (Chromium
// against `next start`) in one run. It makes a fresh database for this run on the server at
// DATABASE_URL, else on the local PostgreSQL (127.0.0.1:5432) when one answers, else in a
// throw-away embedded PGlite server (TEST_EMBEDDED_DB=1 asks for that one).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { bin, migrate, run, seed } from "./run.mjs";
import { freePort, startEmbeddedDb } from "./embedded-db.mjs";
import { failureLines, playwrightFailures, reportPath, resetReports, vitestFailures } from "./test-report.mjs";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const wants = (phase) => only === null || only === phase;
process.env.NEXT_TELEMETRY_DISABLED = "1";

// Narrow a run while developing, e.g. VITEST_ARGS="tests/integration/x.test.ts" or PW_ARGS="tests/e2e/y.spec.ts".
const extraArgs = (name) => (process.env[name] ? process.env[name].split(" ").filter(Boolean) : []);

// Each phase runs even when an earlier one failed (except the browser tests without a build), so
// the summary at the end names every failing test of the run, read from the reporters' JSON.
const summary = [];
let failed = false;
async function phase(name, fn, { failures } = {}) {
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(`\n━━ ${name} ━━`);
  try {
    await fn();
    summary.push(`${name}: ok (${seconds()})`);
    return true;
  } catch (error) {
    failed = true;
    const lines = failures?.();
    const named = lines?.length ? lines : [`  ${error.message.split("\n")[0]}`];
    summary.push(`${name}: FAILED (${seconds()})`, ...named);
    return false;
  }
}

const vitestArgs = (project) => ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${reportPath(project)}`, ...extraArgs("VITEST_ARGS")];

const LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The server to make the run's database on: the embedded one only when no real one is at hand. */
async function serverUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (process.env.TEST_EMBEDDED_DB === "1") return null;
  const probe = new pg.Client({ connectionString: LOCAL_POSTGRES, connectionTimeoutMillis: 2000 });
  try {
    await probe.connect();
    await probe.end();
    console.log(`No DATABASE_URL: testing on the local PostgreSQL (${LOCAL_POSTGRES}).`);
    return LOCAL_POSTGRES;
  } catch {
    console.log("No DATABASE_URL and no local PostgreSQL: testing on a throw-away embedded database.");
    return null;
  }
}

async function createRunDatabase() {
  const base = await serverUrl();
  if (base) {
    const name = `k2030_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      poolMax: "10",
      drop: async () => {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "k2030-test-"));
  const embedded = await startEmbeddedDb({ dataDir: path.join(dir, "pglite"), port: await freePort() });
  return {
    url: embedded.url,
    // pglite-socket interleaves concurrent connections' messages: one connection only.
    poolMax: "1",
    drop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let database;
resetReports();
try {
  if (wants("typecheck")) await phase("Typecheck", () => run(bin("tsc"), ["--noEmit"]));
  if (wants("unit")) await phase("Unit tests", () => run(bin("vitest"), vitestArgs("unit")), { failures: () => failureLines(vitestFailures(reportPath("unit"))) });

  if (wants("integration") || wants("e2e")) {
    database = await createRunDatabase();
    console.log(`\nTest database: ${database.url.replace(/\/\/[^@]*@/, "//")}`);
    // Test mode (src/env.ts): plain http on localhost, no dev mailbox, and a secret of this run's own.
    const dbEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: database.poolMax,
      APP_ENV: "test",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
    };
    await migrate(database.url);
    await seed(database.url, { SEED_DEMO: "false" });

    if (wants("integration")) {
      await phase("Integration tests (PostgreSQL)", () => run(bin("vitest"), vitestArgs("integration"), { env: { ...dbEnv, OUTBOX_WORKER: "off" } }), {
        failures: () => failureLines(vitestFailures(reportPath("integration"))),
      });
    }
    if (wants("e2e") && (await phase("Build", () => run(bin("next"), ["build"], { env: dbEnv })))) {
      await phase("End-to-end tests (Chromium)", async () => {
        const e2eEnv = {
          ...dbEnv,
          E2E_PORT: String(await freePort()),
          SMTP_SINK_PORT: String(await freePort()),
          SMTP_SINK_HTTP_PORT: String(await freePort()),
        };
        await run(bin("tsx"), ["tests/support/reset-and-seed-demo.ts"], { env: e2eEnv });
        await run(bin("playwright"), ["test", ...extraArgs("PW_ARGS")], { env: { ...e2eEnv, PW_JSON_REPORT: reportPath("e2e") } });
      }, { failures: () => failureLines(playwrightFailures(reportPath("e2e"))) });
    }
  }
} catch (error) {
  // Setting up the run itself failed (no database, a migration): no phase can say more.
  failed = true;
  summary.push(`Setting up the run: FAILED`, `  ${error.message.split("\n")[0]}`);
} finally {
  await database?.drop().catch((e) => console.error("could not drop test database:", e.message));
}

console.log(`\n${summary.join("\n")}`);
if (failed) {
  console.log("\nTests failed (each failure is named above; browser failures keep a trace and a screenshot under test-results/).");
  process.exit(1);
}
console.log("\nAll test phases passed.");
