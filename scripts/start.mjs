// `npm start`: migrations, seed, production build if needed, then `next start`.
// With no DATABASE_URL it is the demo: it first starts the embedded PGlite server on
// .data/pglite and sets APP_ENV=demo (dev mailbox, development secret, demo data). With
// DATABASE_URL it is production unless APP_ENV says otherwise, and stops at once when the
// environment is incomplete (src/env.ts owns the rules).
import { existsSync, readdirSync, statSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { bin, migrate, run, seed, serverNodeOptions } from "./run.mjs";
import { startEmbeddedDb } from "./embedded-db.mjs";

if (existsSync(".env")) process.loadEnvFile(".env");
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = Number(process.env.PORT ?? 3000);

let embedded;
if (!process.env.DATABASE_URL) {
  process.env.APP_ENV ??= "demo";
  if (process.env.APP_ENV === "demo") process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const embeddedPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  console.log(`▸ Starter den indlejrede database (PGlite) i .data/pglite på port ${embeddedPort}`);
  embedded = await startEmbeddedDb({ dataDir: path.resolve(".data/pglite"), port: embeddedPort });
  process.env.DATABASE_URL = embedded.url;
  // pglite-socket interleaves concurrent connections' messages: one connection only.
  process.env.DATABASE_POOL_MAX = "1";
}

async function shutdown(code) {
  await embedded?.stop();
  process.exit(code);
}

try {
  await run(bin("tsx"), ["scripts/check-env.ts"], { quiet: true });
} catch (error) {
  console.error(error.message.split("\n").slice(1).join("\n"));
  await shutdown(1);
}

try {
  console.log("▸ Kører databasemigreringer");
  await migrate(process.env.DATABASE_URL);
  console.log("▸ Indlæser stamdata og demodata");
  await seed(process.env.DATABASE_URL);
  if (needsBuild()) {
    console.log("▸ Bygger appen (første gang tager det et minut)");
    await run(bin("next"), ["build"]);
  }
} catch (error) {
  console.error(error.message);
  await shutdown(1);
}

const server = spawn(bin("next"), ["start", "-p", String(port)], { stdio: "inherit", env: { ...process.env, NODE_OPTIONS: serverNodeOptions() } });
console.log(`\n  Kommunestyret 2030 kører på http://localhost:${port}\n`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.once("exit", (code) => shutdown(code ?? 0));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const buildId = path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return ["src", "public"].some((dir) => existsSync(dir) && newestMtime(dir) > built) ||
    ["next.config.ts", "package-lock.json", "prisma/schema.prisma"].some((f) => existsSync(f) && statSync(f).mtimeMs > built);
}
