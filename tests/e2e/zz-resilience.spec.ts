// Process and database faults on real PostgreSQL: kill -9 in the middle of registrations,
// SIGTERM with a slow request in flight, and a database restart under load. The embedded
// database serves one connection per process, so these are skipped there.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { discoverActions, encodeArgs, fingerprint } from "./server-actions";
import { sessionCookieFor } from "./sessions";
import { expectNoAxeViolations } from "./helpers";
import {
  cohortCounts,
  createFaultCohort,
  expectNoPartialRegistrations,
  firstInstanceUrl,
  municipalityCodes,
  preparedRegistrations,
  realPostgres,
  startInstance,
  submitRegistration,
} from "./fault-fixtures";

test.skip(!realPostgres, "needs a real PostgreSQL server (the embedded database is single-connection)");
test.describe.configure({ mode: "serial" });

const LEAK = /at \w+ \(|node_modules|PrismaClient|ECONNREFUSED|57P01|terminating connection/;

test("kill -9 in the middle of registrations leaves no partial registration", async () => {
  test.setTimeout(120_000);
  const cohort = await createFaultCohort("fault-kill");
  const victim = await startInstance();
  const prepared = await preparedRegistrations((await municipalityCodes()).slice(0, 20), cohort.slug);
  const inFlight = prepared.map((p) => submitRegistration(victim.url, p).catch(() => null));
  // Kill once the first registrations have committed, so the rest are cut off at every stage.
  await expect.poll(async () => (await cohortCounts(cohort.cohortId)).directions, { timeout: 30_000, intervals: [20] }).toBeGreaterThan(0);
  victim.child.kill("SIGKILL");
  const answered = (await Promise.all(inFlight)).filter((r) => r !== null);
  await victim.exited;
  expect(answered.length, "some registrations were cut off").toBeLessThan(prepared.length);
  await expectNoPartialRegistrations(cohort.cohortId);
  const counts = await cohortCounts(cohort.cohortId);
  expect(counts.directions).toBeLessThanOrEqual(counts.maxDirections);
  // Every registration a director was told about is stored.
  expect(counts.directions).toBeGreaterThanOrEqual(answered.filter((r) => r!.registered).length);
});

test("SIGTERM lets a slow request in flight finish before the instance exits", async () => {
  const instance = await startInstance();
  // A form post whose body arrives over 1.5 s: the request is in flight when SIGTERM comes.
  const [action] = discoverActions().filter((a) => a.name === "followCohortAction");
  const encoded = new Response(encodeArgs(action!, [["slug", "hold-1"], ["email", "ikke-en-adresse"]]));
  const bytes = Buffer.from(await encoded.arrayBuffer());
  const before = await fingerprint();
  const pending = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(`${instance.url}/hold/hold-1`, {
      method: "POST",
      headers: { "Next-Action": action!.id, Origin: instance.url, "Content-Type": encoded.headers.get("content-type")!, "Content-Length": bytes.length },
    });
    request.on("response", (response) => {
      let body = "";
      response.on("data", (d) => (body += d));
      response.on("end", () => resolve({ status: response.statusCode!, body }));
    });
    request.on("error", reject);
    request.write(bytes.subarray(0, bytes.length >> 1));
    setTimeout(() => request.end(bytes.subarray(bytes.length >> 1)), 1500);
  });
  await new Promise((r) => setTimeout(r, 500));
  const signalled = Date.now();
  instance.child.kill("SIGTERM");
  // New connections are refused while the request drains.
  // (A fresh connection each time: a kept-alive one would still be served, as Node's server.close() allows.)
  const tryConnect = () =>
    new Promise<string>((resolve) => {
      const request = http.get(`${instance.url}/robots.txt`, { agent: false }, (r) => (r.resume(), resolve("accepted")));
      request.on("error", () => resolve("refused"));
    });
  await expect.poll(tryConnect, { timeout: 5_000 }).toBe("refused");
  const response = await pending;
  expect(response.status).toBe(200);
  expect(response.body, "the action ran and answered with its validation message").toContain("Skriv én gyldig e-mailadresse");
  expect(await instance.exited).toBe(143);
  expect(Date.now() - signalled).toBeGreaterThan(800);
  expect(await fingerprint()).toBe(before);
});

test("a PostgreSQL restart under load: requests fail cleanly and the app recovers without a restart", async () => {
  test.setTimeout(120_000);
  const url = new URL(process.env.DATABASE_URL!);
  const isLocalCluster = ["127.0.0.1", "localhost"].includes(url.hostname) && url.port === "5432" && process.getuid?.() === 0;
  test.skip(!isLocalCluster, "restarts only the local PostgreSQL cluster, as root");
  const version = execFileSync("ls", ["/etc/postgresql"], { encoding: "utf8" }).trim().split("\n")[0]!;
  const results: { path: string; status: number; leaked: boolean }[] = [];
  let stop = false;
  // Pages that read the database, public and signed-in, in a loop from four clients.
  const cookie = await sessionCookieFor("direktor@aarhus.demo.dk");
  const load = Array.from({ length: 4 }, async (_, i) => {
    const path = ["/hold", "/hold/hold-1", "/min-tilmelding", "/"][i]!;
    while (!stop) {
      try {
        const r = await fetch(`${firstInstanceUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
        const body = await r.text();
        results.push({ path, status: r.status, leaked: LEAK.test(body) });
      } catch {
        results.push({ path, status: 0, leaked: false });
      }
    }
  });
  await new Promise((r) => setTimeout(r, 500));
  // Asynchronously: a blocking call would pause the load loop for exactly the interesting seconds.
  await promisify(execFile)("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"]);
  await new Promise((r) => setTimeout(r, 1500));
  stop = true;
  await Promise.all(load);
  const byStatus: Record<string, number> = {};
  for (const r of results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  console.log(`answers during the restart by status: ${JSON.stringify(byStatus)}`);
  expect(results.filter((r) => r.leaked), "no stack trace or internals in any answer").toEqual([]);
  expect(results.filter((r) => r.status === 0), "the app process never dropped a connection").toEqual([]);
  // A database error is not a sign-out: the signed-in page never sent the director to sign in.
  expect(results.filter((r) => r.status === 307), "redirected to sign-in during the restart").toEqual([]);
  // A failed page is a clean 500 (what a browser then shows is the next test).
  expect(results.filter((r) => r.status >= 500 && r.status !== 500), "only plain 500s").toEqual([]);
  // The same app process answers normally again, database reads included.
  await expect.poll(async () => (await fetch(`${firstInstanceUrl}/hold`)).status, { timeout: 30_000 }).toBe(200);
  const after = await fetch(`${firstInstanceUrl}/hold`);
  expect(await after.text()).toContain("Hold og datoer");
});

test("with the database unreachable, pages answer a clean 500 and a browser shows the Danish error page", async ({ page }) => {
  const instance = await startInstance({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable" });
  try {
    const response = await fetch(`${instance.url}/hold`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toMatch(LEAK);
    await page.goto(`${instance.url}/hold`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der opstod en fejl");
    await expectNoAxeViolations(page);
    // A signed-in visitor is not sent to sign in again because the session could not be read.
    const personal = await fetch(`${instance.url}/min-tilmelding`, { headers: { Cookie: await sessionCookieFor("direktor@aarhus.demo.dk") }, redirect: "manual" });
    expect(personal.status, personal.headers.get("location") ?? "").toBe(500);
    // Pages that need no database still work.
    expect((await fetch(`${instance.url}/log-ind`)).status).toBe(200);
  } finally {
    instance.child.kill("SIGKILL");
    await instance.exited;
  }
});
