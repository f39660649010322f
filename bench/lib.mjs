// Shared plumbing for the benchmarks: a fresh database, a production server, load.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";
import { freePort } from "../scripts/embedded-db.mjs";
import { bin, migrate, run, seed, serverNodeOptions } from "../scripts/run.mjs";

export const BASE_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function freshDatabase() {
  const name = `k2030_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  // The demo's cohorts and directions are what the bench loads (the seed adds them only when asked).
  // Its invoices are issued by the app's own code, which needs a complete (test) environment.
  await seed(url.toString(), { SEED_DEMO: "true", APP_ENV: "test", NEXTAUTH_SECRET: randomBytes(32).toString("hex") });
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: BASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function build(env) {
  await run(bin("next"), ["build"], { env, quiet: true });
}

/**
 * `next start` on a free port; `nodeArgs` are V8/Node flags for the server (as scripts/start.mjs
 * passes them). `dir` serves another Next app (bench/next-floor), ready once `readyPath` answers.
 */
export async function startServer(env, { nodeArgs = [], dir, readyPath = "/robots.txt" } = {}) {
  const port = await freePort();
  const args = [...nodeArgs, "node_modules/next/dist/bin/next", "start", ...(dir ? [dir] : []), "-p", String(port), "-H", "127.0.0.1"];
  // The heap bound of the production start (scripts/start.mjs), so the figures are production's.
  const child = spawn(process.execPath, args, { env: { ...env, NODE_OPTIONS: serverNodeOptions(env) }, stdio: ["ignore", "pipe", "inherit"], detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    /** RSS of the next-server process tree (the `next start` wrapper execs the server). */
    rssMb: () => {
      let total = 0;
      for (const pid of processTree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, "utf8");
          total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        } catch {}
      }
      return Math.round(total / 1024);
    },
    /** CPU time (user + system) the server's process tree has used so far, in ms. */
    cpuMs: () => {
      let ticks = 0;
      for (const pid of processTree(child.pid)) {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
          ticks += Number(fields[11]) + Number(fields[12]);
        } catch {}
      }
      return ticks * 10; // USER_HZ is 100 on Linux
    },
    stop: () => {
      try { process.kill(-child.pid, "SIGTERM"); } catch {}
    },
  };
}

function processTree(root) {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {}
  }
  return pids;
}

export function load(url, { connections = 50, duration = 10, ...rest } = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, ...rest }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Loads `url` on `server` and returns the run's figures, with the server's CPU time per request. */
export async function measure(server, name, url, options = {}) {
  const cpu = server.cpuMs();
  const result = await load(url, options);
  return summarise(name, result, server.cpuMs() - cpu);
}

/**
 * The figures of one load run. `cpuMs` is the server's CPU time over the run: divided by the
 * requests it is the server's cost per request, which a noisy shared machine disturbs far less
 * than throughput.
 */
export function summarise(name, result, cpuMs) {
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    ...(cpuMs === undefined ? {} : { cpuMsPerRequest: +(cpuMs / Math.max(1, result.requests.total)).toFixed(2) }),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
