// `npm run bench`: figures, not pass/fail. Builds the production app, serves it with
// `next start` on a fresh PostgreSQL database (DATABASE_URL, default the local server)
// and prints throughput and latency. Paste the output into bench/RESULTS.md.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { build, freshDatabase, load, measure, startServer } from "./lib.mjs";
import { benchRegistrations } from "./registrations.mjs";
import { benchInvoices } from "./invoices.mjs";
import { pageWeight } from "./page-weight.mjs";
import { lighthouse } from "./lighthouse.mjs";
import { benchNextFloor, buildNextFloor } from "./next-floor.mjs";
import pg from "pg";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const database = await freshDatabase();
const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", APP_ENV: "test", NEXTAUTH_SECRET: randomBytes(32).toString("hex"), OUTBOX_POLL_MS: "1000" };
let server;
try {
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  // BENCH_NO_BUILD=1 reuses the last build (.next-bench), to repeat runs of the same code.
  if (!process.env.BENCH_NO_BUILD) {
    console.log("Building …");
    await build(env);
    await buildNextFloor(env);
  }
  server = await startServer({ ...env, NEXTAUTH_URL: "http://127.0.0.1" });
  console.log(`Serving ${server.url}; ${CONNECTIONS} connections, ${DURATION} s per run; server heap bound: ${process.env.SERVER_MAX_OLD_SPACE_MB ?? 192} MB old space\n`);

  // The server's peak RSS over the whole run, sampled twice a second.
  let peakRss = 0;
  const rssSampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMb())), 500);

  // Warm up: the first requests compile nothing in production, but fill caches and pools.
  await load(`${server.url}/hold`, { connections: 5, duration: 2 });

  // BENCH_ONLY=pages|registrations|invoices|lighthouse, or several separated by commas.
  const parts = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
  const wants = (part) => !parts || parts.has(part);
  const pages = [];
  if (wants("pages")) {
    const cookie = await directorSession(database.url);
    const run = async (name, url, options = {}, on = server) => {
      const row = await measure(on, name, url, { connections: CONNECTIONS, duration: DURATION, ...options });
      pages.push(row);
      return row;
    };
    // The static file is the ceiling: measured in the same run, right before the pages.
    const file = await run("static file (/robots.txt)", `${server.url}/robots.txt`);
    const rendered = await run("page without database (/privatliv)", `${server.url}/privatliv`);
    const list = await run("cohort list (/hold)", `${server.url}/hold`);
    const cohort = await run("cohort page (/hold/hold-1, micro-cache)", `${server.url}/hold/hold-1`);
    // The cached pages read no query parameter, so a query (tracking parameters) is served from the cache too.
    const query = await run("cohort page with a query (?utm_source=mail)", `${server.url}/hold/hold-1?utm_source=mail`);
    // A signed-in director's own page: never cached, one render per request.
    await load(`${server.url}/min-tilmelding`, { connections: 5, duration: 2, headers: { cookie } });
    const mine = await run("Min tilmelding, signed in", `${server.url}/min-tilmelding`, { headers: { cookie } });

    // What a page costs when it is not cached yet (the first request after a write): the same
    // build on a second server with the public page cache off, so every request renders.
    const renderer = await startServer({ ...env, NEXTAUTH_URL: "http://127.0.0.1", PUBLIC_PAGE_CACHE_MS: "0" });
    const rendering = [];
    try {
      await load(`${renderer.url}/hold/hold-1`, { connections: 5, duration: 2 });
      rendering.push(await run("cohort page rendered per request (cache off)", `${renderer.url}/hold/hold-1`, {}, renderer));
      rendering.push(await run("privacy statement rendered per request (cache off)", `${renderer.url}/privatliv`, {}, renderer));
    } finally {
      renderer.stop();
    }
    console.table(pages);
    for (const row of [list, cohort, query, mine, ...rendering]) {
      console.log(`${row.name} / static file: ${((row.requestsPerSecond / file.requestsPerSecond) * 100).toFixed(0)} %`);
    }
    console.log(`cohort list / page without database: ${((list.requestsPerSecond / rendered.requestsPerSecond) * 100).toFixed(0)} %\n`);
    if (mine.non2xx > 0) console.log("Min tilmelding answered non-2xx: is the session cookie accepted?");

    // Next's own floor on this machine, in this run: no page the app renders per request, and no
    // Server Action it answers, can cost less than these.
    console.log("Next's floor: a bare Next app (bench/next-floor/: no proxy, database, layout or CSS; same Next, React and Node):");
    const floor = await benchNextFloor({ env, connections: CONNECTIONS, duration: DURATION });
    console.table(floor);
    for (const row of [mine, ...rendering]) {
      console.log(`${row.name} / bare page: ${((row.requestsPerSecond / floor[0].requestsPerSecond) * 100).toFixed(0)} %`);
    }
    console.log("");
  }

  // What the browser gets, measured on a quiet server: a commit (the burst's mail going out, say)
  // invalidates the public page cache, and a page rendered per request carries Next's scripts.
  if (wants("pages")) {
    console.log("\nJavaScript a public page loads (gzipped as a browser would receive it):");
    // /hold/hold-4 has a form ("Giv mig besked"), so it keeps Next's scripts: the hydrating page for comparison.
    console.table([await pageWeight(server.url, "/"), await pageWeight(server.url, "/hold"), await pageWeight(server.url, "/hold/hold-1"), await pageWeight(server.url, "/hold/hold-4")]);
  }
  if ((wants("lighthouse") || wants("pages")) && process.env.BENCH_LIGHTHOUSE !== "0") {
    console.log("\nLighthouse, mobile (performance category; goal: score ≥ 95):");
    const rows = [];
    for (const page of ["/", "/hold/hold-1", "/hold/hold-4"]) {
      try {
        rows.push(await lighthouse(`${server.url}${page}`));
      } catch (error) {
        rows.push({ page, error: String(error.message ?? error) });
      }
    }
    console.table(rows);
  }

  if (wants("registrations")) {
    const warmup = { cohortSlug: "hold-3", attempts: Number(process.env.BENCH_WARMUP_ATTEMPTS ?? 200) };
    console.table([await benchRegistrations({ server, databaseUrl: database.url, env, attempts: 500, concurrency: 50, warmup })]);
  }
  if (wants("invoices")) {
    console.table([await benchInvoices({ databaseUrl: database.url, env, count: 400 })]);
  }

  clearInterval(rssSampler);
  console.log(`next-server RSS after load: ${server.rssMb()} MB (peak during the run: ${Math.max(peakRss, server.rssMb())} MB)`);
} finally {
  server?.stop();
  await database.drop();
}
process.exit(0);

/** A session cookie for the first demo director (a confirmed direction with participants, invoices and history). */
async function directorSession(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT "ownerUserId" AS id FROM "Direction" WHERE "ownerUserId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`);
    const token = randomBytes(24).toString("hex");
    await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '30 days')`, [`bench-${token.slice(0, 8)}`, token, rows[0].id]);
    return `next-auth.session-token=${token}`;
  } finally {
    await db.end();
  }
}
