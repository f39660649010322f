// CPU profile of one page under load: `node bench/profile.mjs [/path] [seconds]`.
// Serves the bench build (.next-bench; run `npm run bench` or BENCH_ONLY=pages once first) with
// `node --cpu-prof`, signs in the first demo director, loads the page at 10 connections and
// prints where the server's CPU went, by owner of the code, per request.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { freshDatabase, load, startServer } from "./lib.mjs";

const page = process.argv[2] ?? "/min-tilmelding";
const seconds = Number(process.argv[3] ?? 10);
const dir = mkdtempSync(path.join(os.tmpdir(), "k2030-prof-"));
const database = await freshDatabase();
const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench", APP_ENV: "test", NEXTAUTH_SECRET: randomBytes(32).toString("hex"), OUTBOX_POLL_MS: "1000", NEXTAUTH_URL: "http://127.0.0.1", NEXT_TELEMETRY_DISABLED: "1"};
const server = await startServer(env, { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
try {
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const { rows } = await db.query(`SELECT "ownerUserId" AS id FROM "Direction" WHERE "ownerUserId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`);
  const token = randomBytes(24).toString("hex");
  await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '30 days')`, [`prof-${token.slice(0, 8)}`, token, rows[0].id]);
  await db.end();
  const headers = { cookie: `next-auth.session-token=${token}` };
  await load(`${server.url}${page}`, { connections: 10, duration: 3, headers }); // warm-up
  // V8 stamps samples with the monotonic clock process.hrtime reads: keep only the measured window.
  globalThis.window = { from: Number(process.hrtime.bigint() / 1000n), cpu: server.cpuMs() };
  const result = await load(`${server.url}${page}`, { connections: 10, duration: seconds, headers });
  globalThis.window.to = Number(process.hrtime.bigint() / 1000n);
  globalThis.window.cpu = server.cpuMs() - globalThis.window.cpu;
  console.log(`${page}: ${result.requests.total} requests in ${seconds} s (${Math.round(result.requests.average)} req/s), non-2xx ${result.non2xx}`);
  globalThis.requests = result.requests.total;
} finally {
  server.stop();
}
await new Promise((r) => setTimeout(r, 3000)); // the profile is written on exit
await database.drop();

const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f));
// The busiest process is the server.
const profiles = files.map((f) => JSON.parse(readFileSync(f, "utf8")));
const profile = profiles.sort((a, b) => b.samples.length - a.samples.length)[0];
if (!profile) throw new Error(`no profile in ${dir}`);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i];
  const dt = profile.timeDeltas[i + 1] ?? 0;
  if (at < globalThis.window.from || at > globalThis.window.to) continue;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
}
function owner(frame) {
  const { url, functionName } = frame.callFrame;
  if (functionName === "(idle)") return "idle";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(program)") return "V8 / native (program)";
  if (/wasm/i.test(url) || url.startsWith("wasm://")) return "Prisma query compiler (WebAssembly)";
  if (/@prisma|generated\/prisma|prisma\/client/.test(url)) return "Prisma client (JS)";
  if (/\/pg\/|pg-protocol|pg-pool|adapter-pg/.test(url)) return "pg driver";
  if (/react-dom|react-server-dom|\/react\//.test(url)) return "React (render, Flight)";
  if (/next\/dist/.test(url)) return "Next.js";
  if (/\.next[^/]*\/server\/chunks|\.next[^/]*\/server\/app/.test(url)) return "app code and bundled libraries";
  if (url.startsWith("node:") || url === "" ) return "Node.js internals";
  return "other";
}
const totals = new Map();
let busy = 0;
for (const [id, us] of self) {
  const key = owner(byId.get(id));
  totals.set(key, (totals.get(key) ?? 0) + us);
  if (key !== "idle") busy += us;
}
const n = globalThis.requests || 1;
// Samples are wall-clock ticks: on a shared machine a descheduled thread's time lands on whatever
// it was running. The process's own CPU counter gives the real cost; the profile gives the shares.
const cpuPerRequest = globalThis.window.cpu / n;
console.log(`Server CPU (all threads, from /proc): ${cpuPerRequest.toFixed(1)} ms per request; main thread busy in ${(busy / 1000 / n).toFixed(1)} ms of wall-clock samples per request`);
const scale = (us) => +((us / busy) * cpuPerRequest).toFixed(2);
console.table([...totals].sort((a, b) => b[1] - a[1]).filter(([k]) => k !== "idle").map(([k, us]) => ({ owner: k, share: `${((us / busy) * 100).toFixed(1)} %`, cpuMsPerRequest: scale(us) })));
// The heaviest functions by self time.
const fns = new Map();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  if (functionName === "(idle)") continue;
  const key = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
}
console.table([...fns].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, us]) => ({ fn: k.slice(0, 100), share: `${((us / busy) * 100).toFixed(1)} %` })));
console.log(`profiles in ${dir}`);
process.exit(0);
