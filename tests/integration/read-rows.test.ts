// readRows (src/server/db.ts) reads the hot paths straight on the pg pool instead of through
// Prisma. It must read and match the same instants Prisma writes: timestamps are stored without
// a zone, in UTC, which pg on its own would read (and send) as local time. So this file runs in
// Copenhagen time, where a misread is an hour or two off.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, readerOf, readRows } from "../../src/server/db";
import { Prisma } from "../../src/generated/prisma/client";
import { resetDatabase } from "../support/db";
import { createCohort, createProgramme } from "../support/factories";

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "Europe/Copenhagen";
});
afterAll(() => {
  process.env.TZ = zone;
});
beforeEach(resetDatabase);

// Summer time, with milliseconds: the column is timestamp(3).
const DEADLINE = new Date("2026-06-30T21:59:58.123Z");

describe("readRows", () => {
  it("runs in a zone away from UTC, or it could not catch a misread", () => {
    expect(new Date("2026-06-30T12:00:00Z").getTimezoneOffset()).toBe(-120);
  });

  it("reads a timestamp as the instant Prisma wrote and reads", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { registrationDeadline: DEADLINE });
    const [row] = await readRows<{ registrationDeadline: Date; createdAt: Date }>(
      Prisma.sql`SELECT "registrationDeadline", "createdAt" FROM "Cohort" WHERE id = ${cohort.id}`,
    );
    expect(row?.registrationDeadline.toISOString()).toBe(DEADLINE.toISOString());
    expect(row?.createdAt.getTime()).toBe(cohort.createdAt.getTime());
  });

  it("matches a timestamp against a Date parameter as Prisma does", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { registrationDeadline: DEADLINE });
    const query = Prisma.sql`SELECT id FROM "Cohort" WHERE "registrationDeadline" = ${DEADLINE}`;
    expect(await readRows<{ id: string }>(query)).toEqual([{ id: cohort.id }]);
    expect(await db.$transaction((tx) => readerOf(tx)<{ id: string }>(query))).toEqual([{ id: cohort.id }]);
  });

  it("returns JSON as objects and casts as given", async () => {
    const programme = await createProgramme();
    await createCohort(programme.id, { slug: "hold-json" });
    const [row] = await readRows<{ cohort: { slug: string }; count: number }>(
      Prisma.sql`SELECT to_jsonb(c) AS cohort, (SELECT count(*) FROM "Cohort")::int AS count FROM "Cohort" c WHERE slug = ${"hold-json"}`,
    );
    expect(row).toEqual({ cohort: expect.objectContaining({ slug: "hold-json" }), count: 1 });
  });
});
