// Faults on real PostgreSQL: two app instances under a registration burst, kill -9 in the
// middle of registrations, a database restart under load, and SIGTERM with a request in
// flight. The embedded database serves one connection per process, so these are skipped there.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { testPool } from "../support/db";
import { callAction, discoverActions, encodeArgs } from "./server-actions";

const realPostgres = Boolean(process.env.DATABASE_URL) && process.env.DATABASE_POOL_MAX !== "1";
test.skip(!realPostgres, "needs a real PostgreSQL server (the embedded database is single-connection)");
test.describe.configure({ mode: "serial" });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Instance = { url: string; child: ChildProcess; exited: Promise<number | null> };

async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXTAUTH_URL: url, SMTP_URL: `smtp://127.0.0.1:${process.env.SMTP_SINK_PORT}`, OUTBOX_POLL_MS: "300", APP_ENV: "test" },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) return { url, child, exited };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("second instance did not start");
}

/** Directors with sessions and signed, complete drafts for `codes` (the app's own signing, via tsx). */
async function preparedRegistrations(codes: string[], cohortSlug: string) {
  const requests = [];
  const cookies: string[] = [];
  for (const code of codes) {
    const userId = `fault-${code}-${randomBytes(3).toString("hex")}`;
    const token = randomBytes(24).toString("hex");
    await testPool().query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'DIRECTOR', now())`, [userId, `${userId}@fault.example.dk`]);
    await testPool().query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $1, now() + interval '1 hour')`, [userId, token]);
    requests.push({ userId, municipalityCode: code, cohortSlug });
    cookies.push(`next-auth.session-token=${token}`);
  }
  const output = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "bench/sign-drafts.ts", JSON.stringify(requests)], { env: process.env, encoding: "utf8" });
  const drafts = JSON.parse(output.trim().split("\n").pop()!) as string[];
  return drafts.map((draft, i) => ({ draft, cookie: cookies[i]! }));
}

function registrationAction() {
  const action = discoverActions().find((a) => a.name === "registrationAction");
  if (!action) throw new Error("registrationAction not in the build");
  return action;
}

async function submitRegistration(baseUrl: string, draft: string, cookie: string) {
  const action = registrationAction();
  const form = encodeArgs(action, [["token", draft], ["step", "godkend"], ["intent", "next"], ["acceptTerms", "on"]]);
  const response = await fetch(`${baseUrl}/tilmelding`, { method: "POST", headers: { "Next-Action": action.id, Origin: baseUrl, Cookie: cookie }, body: form, redirect: "manual" });
  await response.text();
  return response.status;
}

async function freeMunicipalities(count: number): Promise<string[]> {
  const { rows } = await testPool().query<{ code: string }>(
    `SELECT code FROM "Municipality" m WHERE NOT EXISTS (SELECT 1 FROM "Direction" d WHERE d."municipalityCode" = m.code AND d.status <> 'CANCELLED') ORDER BY code DESC LIMIT $1`,
    [count],
  );
  return rows.map((r) => r.code);
}

async function cohortCounts(slug: string) {
  const { rows } = await testPool().query(
    `SELECT c."maxDirections" AS "maxDirections", c."maxParticipants" AS "maxParticipants",
            (SELECT count(*) FROM "Direction" d WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED')::int AS directions,
            (SELECT count(*) FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId" WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED' AND p.status = 'ACTIVE')::int AS participants
     FROM "Cohort" c WHERE c.slug = $1`,
    [slug],
  );
  return rows[0] as { maxDirections: number; maxParticipants: number; directions: number; participants: number };
}

/** No half-written registration: every direction has participants; every one made here has its audit entry and mail. */
async function expectNoPartialRegistrations() {
  const orphans = await testPool().query(`SELECT id FROM "Direction" d WHERE NOT EXISTS (SELECT 1 FROM "Participant" p WHERE p."directionId" = d.id)`);
  expect(orphans.rows, "directions without participants").toEqual([]);
  const unaudited = await testPool().query(
    `SELECT id FROM "Direction" d WHERE d."ownerUserId" LIKE 'fault-%' AND NOT EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."directionId" = d.id)`,
  );
  expect(unaudited.rows, "directions without an audit entry").toEqual([]);
  const unmailed = await testPool().query(
    `SELECT id FROM "Direction" d WHERE d."ownerUserId" LIKE 'fault-%' AND NOT EXISTS (SELECT 1 FROM "EmailOutbox" e WHERE e."directionId" = d.id)`,
  );
  expect(unmailed.rows, "directions whose confirmation mail is missing").toEqual([]);
}

test("two app instances on one database, hammered with registrations: zero overbookings", async () => {
  test.setTimeout(180_000);
  const second = await startInstance();
  try {
    const first = process.env.E2E_PORT ? `http://127.0.0.1:${process.env.E2E_PORT}` : "";
    const codes = await freeMunicipalities(40);
    const prepared = await preparedRegistrations(codes, "hold-2");
    const before = await cohortCounts("hold-2");
    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < prepared.length) {
          const i = next++;
          const { draft, cookie } = prepared[i]!;
          statuses.push(await submitRegistration(i % 2 === 0 ? first : second.url, draft, cookie));
        }
      }),
    );
    const after = await cohortCounts("hold-2");
    expect(statuses.filter((s) => s >= 500), "5xx answers").toEqual([]);
    expect(after.directions).toBeLessThanOrEqual(after.maxDirections);
    expect(after.participants).toBeLessThanOrEqual(after.maxParticipants);
    // Every free slot was sold exactly once: 3 participants per attempt, limited by slots or seats.
    const expected = Math.min(before.maxDirections - before.directions, Math.floor((before.maxParticipants - before.participants) / 3));
    expect(after.directions - before.directions).toBe(expected);
    await expectNoPartialRegistrations();
  } finally {
    second.child.kill("SIGKILL");
  }
});

test("kill -9 in the middle of registrations leaves no partial registration", async () => {
  test.setTimeout(120_000);
  // Hold 3 is full from the registration spec; cancel what filled it so there is room.
  await testPool().query(`UPDATE "Direction" SET status = 'CANCELLED', "waitlistPosition" = NULL, "cancelledAt" = now() WHERE "cohortId" = (SELECT id FROM "Cohort" WHERE slug = 'hold-3')`);
  const victim = await startInstance();
  const codes = await freeMunicipalities(20);
  const prepared = await preparedRegistrations(codes, "hold-3");
  const inFlight = prepared.map(({ draft, cookie }) => submitRegistration(victim.url, draft, cookie).catch(() => "connection lost"));
  await new Promise((r) => setTimeout(r, 400));
  victim.child.kill("SIGKILL");
  await Promise.all(inFlight);
  await victim.exited;
  await expectNoPartialRegistrations();
  const counts = await cohortCounts("hold-3");
  expect(counts.directions).toBeLessThanOrEqual(counts.maxDirections);
});

test("SIGTERM lets a request in flight finish before the instance exits", async () => {
  const instance = await startInstance();
  const pending = fetch(`${instance.url}/hold`).then(async (r) => ({ status: r.status, body: await r.text() }));
  await new Promise((r) => setTimeout(r, 30));
  instance.child.kill("SIGTERM");
  const response = await pending;
  expect(response.status).toBe(200);
  expect(response.body).toContain("Hold og datoer");
  expect(await instance.exited).not.toBeNull();
});

test("a PostgreSQL restart under load: requests fail cleanly and the app recovers without a restart", async () => {
  test.setTimeout(120_000);
  const url = new URL(process.env.DATABASE_URL!);
  const isLocalCluster = ["127.0.0.1", "localhost"].includes(url.hostname) && url.port === "5432" && process.getuid?.() === 0;
  test.skip(!isLocalCluster, "restarts only the local PostgreSQL 15 cluster, as root");
  const version = execFileSync("ls", ["/etc/postgresql"], { encoding: "utf8" }).trim().split("\n")[0]!;
  const base = `http://127.0.0.1:${process.env.E2E_PORT}`;
  const results: { status: number; leaked: boolean }[] = [];
  let stop = false;
  const load = (async () => {
    while (!stop) {
      try {
        const r = await fetch(`${base}/hold`);
        const body = await r.text();
        results.push({ status: r.status, leaked: /at \w+ \(|node_modules|PrismaClient|ECONNREFUSED/.test(body) });
      } catch {
        results.push({ status: 0, leaked: false });
      }
    }
  })();
  await new Promise((r) => setTimeout(r, 500));
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 1500));
  stop = true;
  await load;
  expect(results.every((r) => !r.leaked), "no stack trace or internals in any answer").toBe(true);
  // The same app process answers normally again.
  await expect.poll(async () => (await fetch(`${base}/hold`)).status, { timeout: 30_000 }).toBe(200);
  const after = await fetch(`${base}/hold`);
  expect(await after.text()).toContain("Hold og datoer");
});
