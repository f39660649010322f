// Two `next start` instances on one PostgreSQL, hammered with registrations for one cohort
// close to its cap: the cohort lock in the database, not any process memory, keeps it from
// overbooking. Registrations go through the real action's final submit, each as its own director.
import { expect, test } from "@playwright/test";
import {
  cohortCounts,
  createFaultCohort,
  expectNoPartialRegistrations,
  fillCohort,
  firstInstanceUrl,
  municipalityCodes,
  preparedRegistrations,
  realPostgres,
  startInstance,
  submitRegistration,
  type Instance,
} from "./fault-fixtures";
import { testPool } from "../support/db";
import { sinkUrl } from "./auth";

test.skip(!realPostgres, "needs a real PostgreSQL server: the embedded database serves one connection, so a second instance cannot share it");

let second: Instance | undefined;
test.afterAll(async () => {
  second?.child.kill("SIGKILL");
  await second?.exited;
});

test("two app instances on one database, 60 concurrent registrations for the last seats: zero overbookings", async () => {
  test.setTimeout(240_000);
  const started = new Date();
  second = await startInstance();
  const cohort = await createFaultCohort("fault-two-instances", { maxDirections: 10, maxParticipants: 40 });
  const codes = await municipalityCodes();
  // 7 of 10 directions with 35 of 40 seats taken: 5 seats left, so two more directions of two participants fit.
  await fillCohort(cohort, codes.slice(0, 7), 5);
  const attempts = await preparedRegistrations(codes.slice(7, 7 + 50), cohort.slug, 2);
  const before = await cohortCounts(cohort.cohortId);
  expect(before).toMatchObject({ directions: 7, participants: 35 });

  // 50 directors, and 10 of them double-submitting the same draft (a double click, a retry), alternating instances.
  const calls = [...attempts, ...attempts.slice(0, 10)].map((prepared, i) => ({ prepared, url: i % 2 === 0 ? firstInstanceUrl : second!.url }));
  const results: (Awaited<ReturnType<typeof submitRegistration>> & { userId: string })[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < calls.length) {
        const { prepared, url } = calls[next++]!;
        results.push({ ...(await submitRegistration(url, prepared)), userId: prepared.userId });
      }
    }),
  );

  expect(results.filter((r) => r.status >= 500).map((r) => r.body.slice(0, 200)), "5xx answers").toEqual([]);
  const after = await cohortCounts(cohort.cohortId);
  expect(after.directions).toBeLessThanOrEqual(after.maxDirections);
  expect(after.participants).toBeLessThanOrEqual(after.maxParticipants);
  // The last seats were sold, exactly once each, and every success the directors saw is a stored direction.
  expect(after.directions - before.directions).toBe(2);
  expect(after.participants - before.participants).toBe(4);
  const { rows } = await testPool().query<{ ownerUserId: string }>(
    `SELECT "ownerUserId" FROM "Direction" WHERE "cohortId" = $1 AND "ownerUserId" LIKE 'fault-%'`,
    [cohort.cohortId],
  );
  const confirmedUsers = new Set(results.filter((r) => r.registered).map((r) => r.userId));
  expect([...confirmedUsers].sort(), "the directors shown a confirmation are exactly those stored").toEqual(rows.map((r) => r.ownerUserId).sort());
  // The rest were offered the waiting list or another cohort, in Danish, not an error.
  const refusals = results.filter((r) => !r.registered);
  expect(refusals.every((r) => r.status === 200 && !r.body.includes("Der opstod en uventet fejl"))).toBe(true);
  await expectNoPartialRegistrations(cohort.cohortId);

  // Both instances run an outbox worker: each queued mail is claimed by one of them and sent once.
  await expect
    .poll(async () => (await testPool().query(`SELECT count(*)::int AS n FROM "EmailOutbox" e JOIN "Direction" d ON d.id = e."directionId" WHERE d."cohortId" = $1 AND e.status <> 'SENT'`, [cohort.cohortId])).rows[0].n, { timeout: 30_000 })
    .toBe(0);
  // The sink holds as many of these mails as the outbox sent (a second delivery would be one more).
  const sentCount = (await testPool().query(`SELECT count(*)::int AS n FROM "EmailOutbox" e JOIN "Direction" d ON d.id = e."directionId" WHERE d."cohortId" = $1 AND e.status = 'SENT' AND e."to" LIKE '%@fault.example.dk'`, [cohort.cohortId])).rows[0].n as number;
  const received = async () =>
    ((await (await fetch(sinkUrl())).json()) as { to: string[]; subject: string; receivedAt: string }[])
      .filter((m) => new Date(m.receivedAt) >= started && m.to.some((to) => to.endsWith("@fault.example.dk")))
      .map((m) => `${m.to.join(",")} ${m.subject}`);
  await expect.poll(async () => (await received()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(sentCount);
  const sent = await received();
  expect(sent.length, "the new directions' mail arrived").toBeGreaterThan(0);
  expect(sent.length - new Set(sent).size, `duplicates among ${sent.length} mails`).toBe(0);

  // Both instances took part and are still healthy.
  expect((await fetch(`${second.url}/hold`)).status).toBe(200);
  expect((await fetch(`${firstInstanceUrl}/hold`)).status).toBe(200);
});
