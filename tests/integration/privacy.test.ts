import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import { eraseExpiredHealthData } from "../../src/server/privacy/erase-expired-health-data";
import { erasePerson } from "../../src/server/privacy/erase-person";
import { exportPersonData } from "../../src/server/privacy/export-person-data";
import type { CurrentUser } from "../../src/server/auth/session";
import { resetDatabase } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode } from "../support/factories";

beforeEach(resetDatabase);

const staff: CurrentUser = { id: "staff", email: "staff@example.dk", name: "Staff", role: "STAFF", partnerCode: null };
const director: CurrentUser = { id: "dir", email: "dir@example.dk", name: "Dir", role: "DIRECTOR", partnerCode: null };

async function withDietaryNeeds(followUpEnd: Date) {
  const programme = await createProgramme({ privacyRetentionDays: 30 });
  const cohort = await createCohort(programme.id, { followUpStart: new Date(followUpEnd.getTime() - 6 * 3600_000), followUpEnd });
  const direction = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), participants: 2 });
  await db.participant.updateMany({ where: { directionId: direction.id }, data: { dietaryNeeds: "Nøddeallergi", dietaryConsent: true, accessibilityNeeds: "Kørestol" } });
  return { programme, cohort, direction };
}

describe("automatic erasure of health data", () => {
  it("erases dietary and accessibility data the configured number of days after the follow-up day, and logs it", async () => {
    const { cohort } = await withDietaryNeeds(new Date("2027-05-19T13:30:00Z"));

    const early = await eraseExpiredHealthData({ now: new Date("2027-06-10T00:00:00Z") });
    expect(early).toEqual({ cohorts: 0, participants: 0 });
    expect(await db.participant.count({ where: { dietaryNeeds: "Nøddeallergi" } })).toBe(2);

    const due = await eraseExpiredHealthData({ now: new Date("2027-06-20T00:00:00Z") });
    expect(due).toEqual({ cohorts: 1, participants: 2 });
    const rows = await db.participant.findMany();
    expect(rows.every((p) => p.dietaryNeeds === null && p.accessibilityNeeds === null && p.healthDataErasedAt !== null)).toBe(true);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "privacy.health-data-erased" } });
    expect(log.entityId).toBe(cohort.id);

    expect(await eraseExpiredHealthData({ now: new Date("2027-07-01T00:00:00Z") })).toEqual({ cohorts: 0, participants: 0 });
  });
});

describe("a person's data", () => {
  it("is exported and erased by staff only, keeping the rest of the registration", async () => {
    const { direction } = await withDietaryNeeds(new Date("2027-05-19T13:30:00Z"));
    const person = direction.participants[0]!;

    await expect(exportPersonData({ actor: director, email: person.email })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(erasePerson({ actor: null, email: person.email })).rejects.toMatchObject({ code: "NOT_AUTHENTICATED" });

    const exported = await exportPersonData({ actor: staff, email: person.email.toUpperCase() });
    expect(exported.participants).toHaveLength(1);
    expect(exported.participants[0]!.name).toBe(person.name);

    const summary = await erasePerson({ actor: staff, email: person.email });
    expect(summary.participants).toBe(1);
    const erased = await db.participant.findUniqueOrThrow({ where: { id: person.id } });
    expect(erased).toMatchObject({ name: "Slettet person", dietaryNeeds: null, phone: "" });
    expect(erased.email).not.toContain(person.email);
    expect(await db.participant.count({ where: { directionId: direction.id, status: "ACTIVE" } })).toBe(2);
    expect((await exportPersonData({ actor: staff, email: person.email })).participants).toHaveLength(0);
  });
});
