// A burst of registration attempts on one cohort through the real server action (the
// final step of /tilmelding), each from its own signed-in director, `concurrency` at once.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { bin, run } from "../scripts/run.mjs";

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * A server in production is warm: its modules are loaded and V8 has compiled the hot code.
 * A fresh one spends the first thousands of requests on that (JIT threads alone took 2.5 s of
 * CPU in the measured burst), so the same kind of burst runs first on another cohort
 * (`warmup.attempts`, 0 to skip). It registers directions there, with municipalities the
 * measured burst then leaves out.
 */
export async function benchRegistrations({ server, databaseUrl, env = process.env, attempts, concurrency, distDir = ".next-bench", cohortSlug = "hold-2", warmup = { cohortSlug: "hold-3", attempts: 200 } }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  // A failure elsewhere drops the database under this connection: let that failure be the one reported.
  db.on("error", () => {});
  await db.connect();
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8"));
  const [actionId] = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "registrationAction") ?? [];
  if (!actionId) throw new Error("registrationAction not found in the build");
  const context = { db, databaseUrl, env, server, actionId, concurrency };

  if (warmup.attempts > 0) {
    await burst({ ...context, cohortSlug: warmup.cohortSlug, attempts: warmup.attempts, userPrefix: "bench-warmup" });
    // Invoices and mail go out once commits pause; let the warm-up's go before the clock starts.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
  const cpuBefore = server.cpuMs?.();
  const { seconds, latencies, outcomes, timeline, sampleOther } = await burst({ ...context, cohortSlug, attempts, userPrefix: "bench-user" });
  const cpuMs = cpuBefore === undefined ? undefined : server.cpuMs() - cpuBefore;

  const { rows } = await db.query(
    `SELECT c."maxDirections", c."maxParticipants",
            (SELECT count(*) FROM "Direction" d WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED')::int AS directions,
            (SELECT count(*) FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId" WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED' AND p.status = 'ACTIVE')::int AS participants
     FROM "Cohort" c WHERE c.slug = $1`,
    [cohortSlug],
  );
  await db.end();
  const cohort = rows[0];
  if (sampleOther && process.env.BENCH_DEBUG) console.log("unexpected answer:", sampleOther);
  if (process.env.BENCH_DEBUG) {
    // The first attempts in the order they were answered (attempt:ms since the start:outcome).
    const first = timeline.filter((t) => t.i < 2 * concurrency).sort((a, b) => a.started + a.ms - b.started - b.ms);
    console.log(first.map((t) => `${t.i}:${t.started + t.ms}:${t.outcome.slice(0, 4)}`).join(" "));
  }
  const overbookings = Math.max(0, cohort.directions - cohort.maxDirections) + Math.max(0, cohort.participants - cohort.maxParticipants);
  latencies.sort((a, b) => a - b);
  return {
    name: `${attempts} registration attempts, ${concurrency} concurrent`,
    attemptsPerSecond: Math.round(attempts / seconds),
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    ...(cpuMs === undefined ? {} : { serverCpuMsPerAttempt: +(cpuMs / attempts).toFixed(1) }),
    confirmedDirections: `${cohort.directions}/${cohort.maxDirections}`,
    participants: `${cohort.participants}/${cohort.maxParticipants}`,
    overbookings,
    outcomes: JSON.stringify(outcomes),
  };
}

async function burst({ db, databaseUrl, env, server, actionId, concurrency, cohortSlug, attempts, userPrefix }) {
  const taken = new Set(
    (await db.query(`SELECT d."municipalityCode" FROM "Direction" d JOIN "Cohort" c ON c."programmeId" = d."programmeId" WHERE c.slug = $1 AND d.status <> 'CANCELLED'`, [cohortSlug])).rows.map(
      (r) => r.municipalityCode,
    ),
  );
  const municipalities = (await db.query(`SELECT code FROM "Municipality" ORDER BY code`)).rows.map((r) => r.code).filter((c) => !taken.has(c));
  // Each director signs in on the municipality's own domain, so the burst measures confirmations
  // (with invoices), not registrations held for approval.
  const domains = new Map((await db.query(`SELECT DISTINCT ON ("municipalityCode") "municipalityCode", domain FROM "MunicipalityDomain" ORDER BY "municipalityCode", domain`)).rows.map((r) => [r.municipalityCode, r.domain]));
  const requests = [];
  const cookies = [];
  for (let i = 0; i < attempts; i++) {
    const userId = `${userPrefix}-${i}`;
    const token = randomBytes(24).toString("hex");
    const domain = domains.get(municipalities[i % municipalities.length]) ?? "bench.example.dk";
    await db.query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'DIRECTOR', now())`, [userId, `${userPrefix}-${i}@${domain}`]);
    await db.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $1, now() + interval '30 days')`, [userId, token]);
    requests.push({ userId, municipalityCode: municipalities[i % municipalities.length], cohortSlug });
    cookies.push(`next-auth.session-token=${token}`);
  }
  const drafts = JSON.parse(
    (await run(bin("tsx"), ["--conditions=react-server", "bench/sign-drafts.ts", JSON.stringify(requests)], { env: { ...env, DATABASE_URL: databaseUrl }, quiet: true })).trim().split("\n").pop(),
  );

  function attempt(i) {
    const form = new FormData();
    for (const [k, v] of Object.entries({ token: drafts[i], step: "godkend", intent: "next", acceptTerms: "on" })) form.append(`_1_${k}`, v);
    form.append("0", JSON.stringify([{ step: "godkend" }, "$K1"]));
    const base = server.url;
    return fetch(`${base}/tilmelding`, {
      method: "POST",
      headers: { "Next-Action": actionId, Origin: base, Cookie: cookies[i] },
      body: form,
      redirect: "manual",
    });
  }

  const latencies = [];
  const outcomes = {};
  let next = 0;
  let sampleOther = "";
  const timeline = [];
  const started = performance.now();
  async function worker() {
    while (next < attempts) {
      const i = next++;
      const t0 = performance.now();
      const response = await attempt(i);
      const body = await response.text();
      const elapsed = performance.now() - t0;
      latencies.push(elapsed);
      const outcome = response.status >= 500 ? "5xx" : /min-tilmelding\?ny=1/.test(response.headers.get("x-action-redirect") ?? "") ? "registered" : /"step":"valg"/.test(body) ? "full: waiting list offered" : /Kommunen har allerede|venteliste|fuldt/.test(body) ? "refused" : `other ${response.status}`;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      timeline.push({ i, started: Math.round(t0 - started), ms: Math.round(elapsed), outcome });
      if (outcome.startsWith("other") && !sampleOther) sampleOther = body.slice(0, 2000);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, latencies, outcomes, timeline, sampleOther };
}
