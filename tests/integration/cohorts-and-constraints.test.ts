import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import { getPublicCohort, listPublicCohorts } from "../../src/server/cohorts/list-public-cohorts";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode } from "../support/factories";

beforeEach(resetDatabase);

describe("public cohort list", () => {
  it("counts confirmed directions and active participants, not waiting or cancelled ones", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { maxParticipants: 30 });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), participants: 4 });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(1), participants: 2 });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(2), status: "WAITLISTED", waitlistPosition: 1 });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(3), status: "CANCELLED" });

    const [listed] = await listPublicCohorts({ now: new Date("2027-01-01T00:00:00Z") });
    expect(listed).toMatchObject({ confirmedDirections: 2, activeParticipants: 6, waitlisted: 1, seatsLeft: 24, running: false, availability: "OPEN" });
  });

  it("reads each cohort as the ORM would: every column, dates as Dates", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { registrationDeadline: new Date("2027-02-03T10:20:30.456Z") });
    const orm = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } });
    const [listed] = await listPublicCohorts();
    expect(listed).toMatchObject(orm);
    expect(listed!.registrationDeadline).toEqual(new Date("2027-02-03T10:20:30.456Z"));
    expect(await getPublicCohort({ slug: cohort.slug })).toEqual(listed);
    expect(await getPublicCohort({ slug: "no-such-cohort" })).toBeNull();
  });

  it("hides cancelled cohorts and shows drafts as closed", async () => {
    const programme = await createProgramme();
    await createCohort(programme.id, { status: "CANCELLED" });
    await createCohort(programme.id, { status: "DRAFT", datesAnnounced: false, seminarStart: null, seminarEnd: null });
    const cohorts = await listPublicCohorts();
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0]!.availability).toBe("CLOSED");
  });
});

describe("database backstops", () => {
  it("rejects a participant cap outside 30–40", async () => {
    const programme = await createProgramme();
    await expect(createCohort(programme.id, { maxParticipants: 41 })).rejects.toThrow();
    await expect(createCohort(programme.id, { maxParticipants: 29 })).rejects.toThrow();
  });

  it("allows one active direction per municipality per programme", async () => {
    const programme = await createProgramme();
    const a = await createCohort(programme.id);
    const b = await createCohort(programme.id);
    await createDirection({ programmeId: programme.id, cohortId: a.id, municipalityCode: "0101" });
    await expect(createDirection({ programmeId: programme.id, cohortId: b.id, municipalityCode: "0101" })).rejects.toThrow();
    await db.direction.updateMany({ where: { municipalityCode: "0101" }, data: { status: "CANCELLED" } });
    await expect(createDirection({ programmeId: programme.id, cohortId: b.id, municipalityCode: "0101" })).resolves.toBeTruthy();
  });

  it("refuses an 11th confirmed direction and participants beyond the cap, even without the application's lock", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { maxParticipants: 30 });
    for (let i = 0; i < 10; i++) {
      await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(i), participants: 3 });
    }
    await expect(createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(10), participants: 1 })).rejects.toThrow(/capacity|confirmed directions/);
    const direction = await db.direction.findFirstOrThrow({ where: { cohortId: cohort.id } });
    await expect(
      db.participant.create({ data: { directionId: direction.id, name: "X", jobTitle: "Y", field: "MUNICIPAL_DIRECTOR", email: "x@example.dk" } }),
    ).rejects.toThrow(/active participants/);
  });

  it("refuses lowering the cap below bookings", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { maxParticipants: 40 });
    for (let i = 0; i < 8; i++) {
      await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(i), participants: 4 });
    }
    await expect(db.cohort.update({ where: { id: cohort.id }, data: { maxParticipants: 31 } })).rejects.toThrow();
    await expect(db.cohort.update({ where: { id: cohort.id }, data: { maxParticipants: 32 } })).resolves.toBeTruthy();
  });

  it("rejects an invalid EAN or CVR on a direction", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id);
    const direction = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: "0101" });
    await expect(testPool().query(`UPDATE "Direction" SET ean = '5798000000019' WHERE id = $1`, [direction.id])).rejects.toThrow(/Direction_ean_check/);
    await expect(testPool().query(`UPDATE "Direction" SET cvr = '55133019' WHERE id = $1`, [direction.id])).rejects.toThrow(/Direction_cvr_check/);
  });

  it("requires consent before dietary needs are stored", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id);
    const direction = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: "0101", participants: 1 });
    const participant = direction.participants[0]!;
    await expect(db.participant.update({ where: { id: participant.id }, data: { dietaryNeeds: "Nøddeallergi" } })).rejects.toThrow();
    await expect(db.participant.update({ where: { id: participant.id }, data: { dietaryNeeds: "Nøddeallergi", dietaryConsent: true } })).resolves.toBeTruthy();
  });
});
