import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import { getMoveOptions } from "../../src/server/directions/get-move-options";
import { getCohortOverview } from "../../src/server/cohorts/get-cohort-overview";
import { listAuditLog } from "../../src/server/audit/list-audit-log";
import { resetDatabase } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode } from "../support/factories";

beforeEach(resetDatabase);

describe("the move page's choices", () => {
  it("are the other cohorts a direction may move into, by number, with their places", async () => {
    const programme = await createProgramme();
    const source = await createCohort(programme.id, { number: 1 });
    const draft = await createCohort(programme.id, { number: 2, status: "DRAFT" });
    const closed = await createCohort(programme.id, { number: 3, status: "CLOSED" });
    await createCohort(programme.id, { number: 4, status: "DRAFT", datesAnnounced: false, seminarStart: null, seminarEnd: null });
    await createCohort(programme.id, { number: 5, status: "CANCELLED" });
    await createCohort(programme.id, { number: 6, status: "COMPLETED" });
    const open = await createCohort(programme.id, { number: 7 });
    const mover = await createDirection({ programmeId: programme.id, cohortId: source.id, municipalityCode: municipalityCode(0), participants: 2 });
    await createDirection({ programmeId: programme.id, cohortId: open.id, municipalityCode: municipalityCode(1), participants: 4 });

    const options = await getMoveOptions({ directionId: mover.id });

    expect(options?.direction.id).toBe(mover.id);
    expect(options?.targets.map((c) => c.id)).toEqual([draft.id, closed.id, open.id]);
    expect(options?.targets.find((c) => c.id === open.id)).toMatchObject({ confirmedDirections: 1, activeParticipants: 4, maxParticipants: 36 });
    // Its own cohort is left out, whichever that is.
    const fromOpen = await getMoveOptions({ directionId: (await createDirection({ programmeId: programme.id, cohortId: open.id, municipalityCode: municipalityCode(2), participants: 1 })).id });
    expect(fromOpen?.targets.map((c) => c.id)).toEqual([source.id, draft.id, closed.id]);
    expect(await getMoveOptions({ directionId: "none" })).toBeNull();
  });
});

describe("a cohort's staff page", () => {
  it("can edit a cohort until it is cancelled or completed", async () => {
    const programme = await createProgramme();
    const [draft, cancelled, completed] = await Promise.all([
      createCohort(programme.id, { number: 1, status: "DRAFT" }),
      createCohort(programme.id, { number: 2, status: "CANCELLED" }),
      createCohort(programme.id, { number: 3, status: "COMPLETED" }),
    ]);
    expect((await getCohortOverview({ cohortId: draft.id }))?.editable).toBe(true);
    expect((await getCohortOverview({ cohortId: cancelled.id }))?.editable).toBe(false);
    expect((await getCohortOverview({ cohortId: completed.id }))?.editable).toBe(false);
    expect(await getCohortOverview({ cohortId: "none" })).toBeNull();
  });
});

describe("the audit log's filter", () => {
  it("takes a part of the actor's address, an action or its group, and whole days", async () => {
    const entry = (action: string, actorEmail: string, at: string) => ({ action, actorEmail, entityType: "Direction", entityId: "d", at: new Date(at) });
    await db.auditLog.createMany({
      data: [
        entry("direction.move", "Anna@Komponent.dk", "2026-11-02T22:59:00Z"), // 23:59 on 2 November in Copenhagen
        entry("direction.cancel", "bo@komponent.dk", "2026-11-02T23:00:00Z"), // midnight: 3 November
        entry("cohort.open", "anna@komponent.dk", "2026-11-01T12:00:00Z"),
      ],
    });
    const actions = async (filter: Parameters<typeof listAuditLog>[0]["filter"]) => (await listAuditLog({ filter, page: 1 })).entries.map((e) => e.action);

    expect(await actions({ actor: "ANNA" })).toEqual(["direction.move", "cohort.open"]);
    expect(await actions({ action: "direction." })).toEqual(["direction.cancel", "direction.move"]);
    expect(await actions({ action: "direction.move" })).toEqual(["direction.move"]);
    // Not an action: ignored rather than matched.
    expect(await actions({ action: "%" })).toHaveLength(3);
    expect(await actions({ fromDay: new Date("2026-11-01T23:00:00Z"), toDay: new Date("2026-11-01T23:00:00Z") })).toEqual(["direction.move"]);
    expect(await listAuditLog({ filter: {}, page: 1 })).toMatchObject({ total: 3, pageCount: 1 });
  });
});
