// `npm run bench`: figures, not pass/fail. Builds the production app, serves it with
// `next start` on a fresh PostgreSQL database (DATABASE_URL, default the local server)
// and prints throughput and latency. Paste the output into bench/RESULTS.md.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { build, freshDatabase, load, startServer, summarise } from "./lib.mjs";
import { benchRegistrations } from "./registrations.mjs";
import { benchInvoices } from "./invoices.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const database = await freshDatabase();
const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", APP_ENV: "test", NEXTAUTH_SECRET: randomBytes(32).toString("hex"), OUTBOX_POLL_MS: "1000" };
let server;
try {
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log("Building …");
  await build(env);
  server = await startServer({ ...env, NEXTAUTH_URL: "http://127.0.0.1" });
  console.log(`Serving ${server.url}; ${CONNECTIONS} connections, ${DURATION} s per run\n`);

  // Warm up: the first requests compile nothing in production, but fill caches and pools.
  await load(`${server.url}/hold`, { connections: 5, duration: 2 });

  const only = process.env.BENCH_ONLY;
  const pages = [];
  if (!only || only === "pages") {
  pages.push(summarise("static file (/robots.txt)", await load(`${server.url}/robots.txt`, { connections: CONNECTIONS, duration: DURATION })));
  pages.push(summarise("page without database (/privatliv)", await load(`${server.url}/privatliv`, { connections: CONNECTIONS, duration: DURATION })));
  pages.push(summarise("cohort list (/hold)", await load(`${server.url}/hold`, { connections: CONNECTIONS, duration: DURATION })));
  pages.push(summarise("cohort page (/hold/hold-1)", await load(`${server.url}/hold/hold-1`, { connections: CONNECTIONS, duration: DURATION })));
  console.table(pages);
  const [file, rendered, list] = pages;
  console.log(`cohort list / static file: ${((list.requestsPerSecond / file.requestsPerSecond) * 100).toFixed(0)} %`);
  console.log(`cohort list / page without database: ${((list.requestsPerSecond / rendered.requestsPerSecond) * 100).toFixed(0)} %\n`);
  }

  if (!only || only === "registrations") {
    const warmup = { cohortSlug: "hold-3", attempts: Number(process.env.BENCH_WARMUP_ATTEMPTS ?? 200) };
    console.table([await benchRegistrations({ server, databaseUrl: database.url, attempts: 500, concurrency: 50, warmup })]);
  }
  if (!only || only === "invoices") {
    console.table([await benchInvoices({ databaseUrl: database.url, count: 400 })]);
  }

  console.log(`next-server RSS after load: ${server.rssMb()} MB`);
} finally {
  server?.stop();
  await database.drop();
}
process.exit(0);
