import { beforeEach, describe, expect, it } from "vitest";
import { db, transaction } from "../../src/server/db";
import { followCohort } from "../../src/server/cohorts/follow-cohort";
import { notifyCohortFollowers } from "../../src/server/cohorts/notify-cohort-followers";
import { resetDatabase } from "../support/db";
import { createCohort, createProgramme } from "../support/factories";

beforeEach(resetDatabase);

describe("Giv mig besked", () => {
  it("keeps one row per address, and answers the same whether already following", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-4", status: "DRAFT", datesAnnounced: false, seminarStart: null, seminarEnd: null, followUpStart: null, followUpEnd: null });

    await expect(followCohort({ slug: "hold-4", email: "a@kommune.dk" })).resolves.toBeUndefined();
    await expect(followCohort({ slug: "hold-4", email: "a@kommune.dk" })).resolves.toBeUndefined();
    await followCohort({ slug: "hold-4", email: "b@kommune.dk" });

    expect(await db.cohortFollower.count({ where: { cohortId: cohort.id } })).toBe(2);
  });

  it("refuses cohorts that are open for registration or unknown", async () => {
    const programme = await createProgramme();
    await createCohort(programme.id, { slug: "hold-open" });
    await expect(followCohort({ slug: "hold-open", email: "a@kommune.dk" })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(followCohort({ slug: "findes-ikke", email: "a@kommune.dk" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("queues one mail per follower and deletes the addresses", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-4", status: "DRAFT", datesAnnounced: false });
    const other = await createCohort(programme.id, { slug: "hold-5", status: "DRAFT", datesAnnounced: false });
    for (const email of ["a@kommune.dk", "b@kommune.dk"]) await followCohort({ slug: "hold-4", email });
    await followCohort({ slug: "hold-5", email: "c@kommune.dk" });
    // Registration opens with the dates announced.
    await db.cohort.update({ where: { id: cohort.id }, data: { status: "OPEN", datesAnnounced: true } });

    const sent = await transaction((tx) => notifyCohortFollowers({ tx, cohortId: cohort.id }));

    expect(sent).toBe(2);
    const mails = await db.emailOutbox.findMany({ where: { kind: "cohort-follower" }, orderBy: { to: "asc" } });
    expect(mails.map((m) => m.to)).toEqual(["a@kommune.dk", "b@kommune.dk"]);
    expect(mails[0]!.subject).toBe(`Tilmeldingen til ${cohort.title} er åben`);
    expect(mails[0]!.text).toContain("/tilmelding?hold=hold-4");
    expect(await db.cohortFollower.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(await db.cohortFollower.count({ where: { cohortId: other.id } })).toBe(1);
    // A second announcement has nobody left to tell.
    expect(await transaction((tx) => notifyCohortFollowers({ tx, cohortId: cohort.id }))).toBe(0);
  });
});
