import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import { registerDirection, type RegisterDirectionResult } from "../../src/server/directions/register-direction";
import { DomainError } from "../../src/domain/errors";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode, registrationInput } from "../support/factories";

beforeEach(resetDatabase);

async function director(email = `direktor-${randomUUID()}@vejle.dk`) {
  const user = await db.user.create({ data: { email, role: "DIRECTOR" } });
  return { id: user.id, email: user.email, role: user.role };
}

/**
 * One person registering many municipalities at once, for the load tests: Komponent staff
 * (who may register on a municipality's behalf and are never held for approval), so only
 * places decide. Municipal identity has its own tests (municipal-identity.test.ts).
 */
async function registrar() {
  const user = await db.user.create({ data: { email: `staff-${randomUUID()}@komponent.dk`, role: "STAFF" } });
  return { id: user.id, email: user.email, role: user.role };
}

const input = registrationInput;

/** Every municipality code not in `used`, in order. */
async function freeMunicipalities(used: string[]): Promise<string[]> {
  const all = await db.municipality.findMany({ orderBy: { code: "asc" }, select: { code: true } });
  return all.map((m) => m.code).filter((c) => !used.includes(c));
}

async function outcome(promise: Promise<RegisterDirectionResult>): Promise<RegisterDirectionResult | { kind: "ERROR"; code: string }> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof DomainError) return { kind: "ERROR", code: error.code };
    throw error;
  }
}

function decodeIcs(attachment: { filename: string; contentType: string; contentBase64: string }) {
  return Buffer.from(attachment.contentBase64, "base64").toString("utf8");
}

describe("registerDirection", () => {
  it("confirms a direction with its participants, audit entry, invoice and mails with calendar files", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-x" });
    const actor = await director();

    const result = await registerDirection({ actor, input: input({ participants: 3 }), idempotencyKey: "key-happy" });

    expect(result.kind).toBe("CONFIRMED");
    if (result.kind !== "CONFIRMED") return;
    const direction = await db.direction.findUniqueOrThrow({ where: { id: result.directionId }, include: { participants: true, invoices: true } });
    expect(direction).toMatchObject({ status: "CONFIRMED", cohortId: cohort.id, municipalityCode: "0630", ownerUserId: actor.id, waitlistPosition: null, idempotencyKey: "key-happy" });
    expect(direction.participants).toHaveLength(3);
    expect(direction.participants.every((p) => p.overnightStay && p.status === "ACTIVE")).toBe(true);
    expect(direction.invoices).toHaveLength(1);
    expect(direction.invoices[0]).toMatchObject({ netOre: 3 * 1_490_000, vatOre: 3 * 372_500, grossOre: 3 * 1_862_500 });

    const audit = await db.auditLog.findMany({ where: { directionId: direction.id, action: "direction.register" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: actor.id, actorEmail: actor.email, entityType: "Direction", entityId: direction.id });

    const mails = await db.emailOutbox.findMany({ where: { directionId: direction.id, kind: { in: ["registration-confirmed", "participant-welcome"] } } });
    expect(mails.map((m) => m.to).sort()).toEqual(["kontakt@vejle.dk", ...direction.participants.map((p) => p.email)].sort());
    const contactMail = mails.find((m) => m.kind === "registration-confirmed")!;
    expect(contactMail.subject).toBe(`Tilmelding bekræftet: ${cohort.title}`);
    expect(contactMail.text).toContain("14.900,00 kr.");
    expect(contactMail.text).toContain("I alt inkl. moms: 55.875,00 kr.");
    expect(contactMail.text).toContain("Deltager 3, Direktør (Social og sundhed)");
    for (const mail of mails) {
      const attachments = mail.attachments as { filename: string; contentType: string; contentBase64: string }[];
      expect(attachments).toHaveLength(1);
      expect(attachments[0]!.filename).toBe("kommunestyret-2030-hold-x.ics");
      expect(attachments[0]!.contentType).toMatch(/^text\/calendar/);
      const ics = decodeIcs(attachments[0]!);
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
      // The entries belong to the direction, so a later move can update them (same UIDs, higher SEQUENCE).
      expect(ics).toContain(`UID:direction-${direction.id}-seminar@`);
      expect(ics).toContain("SEQUENCE:0");
      expect(ics).toContain("DTSTART:20270309T110000Z");
    }
  });

  it("invoices and confirms at the price in force under the lock, even one changed while the direction waited for it", async (ctx) => {
    // Another session must hold the lock meanwhile; the embedded database takes one connection only.
    if (process.env.DATABASE_POOL_MAX === "1") ctx.skip();
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-x" });
    const actor = await director();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      // Another instance holds the cohort's lock and raises the price while this registration waits for it.
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Cohort" WHERE id = $1 FOR UPDATE`, [cohort.id]);
      const registering = registerDirection({ actor, input: input({ participants: 2 }), idempotencyKey: "key-price" });
      const waiting = async () => (await testPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0]!.n;
      await expect.poll(waiting, { timeout: 10_000 }).toBe(1);
      await other.query(`UPDATE "Programme" SET "pricePerParticipantOre" = 1600000 WHERE id = $1`, [programme.id]);
      await other.query("COMMIT");

      const result = await registering;
      expect(result.kind).toBe("CONFIRMED");
      const invoice = await db.invoice.findFirstOrThrow({ where: { direction: { idempotencyKey: "key-price" } }, include: { lines: true } });
      expect(invoice.lines[0]).toMatchObject({ quantity: 2, unitPriceOre: 1_600_000 });
      expect(invoice).toMatchObject({ netOre: 3_200_000, grossOre: 4_000_000 });
      const mail = await db.emailOutbox.findFirstOrThrow({ where: { kind: "registration-confirmed", to: "kontakt@vejle.dk" } });
      expect(mail.text).toContain("16.000,00 kr.");
    } finally {
      await other.end();
    }
  });

  it("puts a direction on the waiting list only when asked to, first come first served, without invoice or participant mails", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-x", minDirections: 5, maxDirections: 5 });
    const other = await createCohort(programme.id, { slug: "hold-y" });
    await createCohort(programme.id, { slug: "hold-z", status: "DRAFT" });
    for (let i = 0; i < 5; i++) await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(i) });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(5), status: "WAITLISTED", waitlistPosition: 1 });
    const actor = await director();

    const asked = await registerDirection({ actor, input: input(), idempotencyKey: "key-w" });
    expect(asked).toEqual({
      kind: "NEEDS_CHOICE",
      reason: "DIRECTIONS_FULL",
      cohortSlug: "hold-x",
      cohortTitle: cohort.title,
      waitlistPosition: 2,
      alternatives: [{ slug: "hold-y", title: other.title, seatsLeft: 36, directionSlotsLeft: 10 }],
    });
    expect(await db.direction.count({ where: { idempotencyKey: "key-w" } })).toBe(0);

    const waitlisted = await registerDirection({ actor, input: input({ acceptWaitlist: true }), idempotencyKey: "key-w" });
    expect(waitlisted).toMatchObject({ kind: "WAITLISTED", waitlistPosition: 2 });
    const direction = await db.direction.findUniqueOrThrow({ where: { idempotencyKey: "key-w" }, include: { invoices: true } });
    expect(direction).toMatchObject({ status: "WAITLISTED", waitlistPosition: 2 });
    expect(direction.invoices).toHaveLength(0);
    const mails = await db.emailOutbox.findMany({ where: { directionId: direction.id } });
    expect(mails.map((m) => m.kind)).toEqual(["registration-waitlisted"]);
    expect(mails[0]!.text).toContain("ventelisten som nr. 2");
  });

  it("refuses a cohort that is not open, a passed deadline, and a municipality already registered", async () => {
    const programme = await createProgramme();
    await createCohort(programme.id, { slug: "hold-x", status: "DRAFT" });
    const late = await createCohort(programme.id, { slug: "hold-late", registrationDeadline: new Date("2027-01-01T00:00:00Z") });
    const open = await createCohort(programme.id, { slug: "hold-open" });
    await createDirection({ programmeId: programme.id, cohortId: late.id, municipalityCode: "0615" });
    const actor = await director();

    await expect(registerDirection({ actor, input: input(), idempotencyKey: "k1" })).rejects.toMatchObject({ code: "COHORT_NOT_OPEN" });
    await expect(registerDirection({ actor, input: input({ cohortSlug: "hold-late" }), idempotencyKey: "k2", now: new Date("2027-01-02T00:00:00Z") })).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
    });
    // The deadline holds to the millisecond, whatever the server's time zone.
    await expect(registerDirection({ actor, input: input({ cohortSlug: "hold-late" }), idempotencyKey: "k2b", now: new Date("2027-01-01T00:00:00.001Z") })).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
    });
    await expect(registerDirection({ actor, input: input({ cohortSlug: "hold-open", municipalityCode: "0615" }), idempotencyKey: "k3" })).rejects.toMatchObject({
      code: "MUNICIPALITY_ALREADY_REGISTERED",
    });
    expect(await db.direction.count({ where: { cohortId: open.id } })).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("sells exactly the last 3 seats to 100 concurrent attempts; everyone else is told the cohort is full", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-x", maxParticipants: 40, maxDirections: 10 });
    const prefilled = [0, 1, 2, 3, 4, 5, 6].map(municipalityCode);
    for (const [i, code] of prefilled.entries()) {
      await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: code, participants: i === 0 ? 7 : 5 });
    }
    const free = await freeMunicipalities(prefilled);
    expect(free).toHaveLength(91);
    const actor = await registrar();
    // 91 distinct municipalities (the last 9 accept the waiting list) plus 9 second attempts by
    // the first 9 municipalities: 100 in all, as many distinct municipalities as exist.
    const attempts = Array.from({ length: 100 }, (_, i) => ({
      code: free[i % 91]!,
      acceptWaitlist: i >= 82 && i < 91,
    }));

    const results = await Promise.all(
      attempts.map((a, i) => outcome(registerDirection({ actor, input: input({ participants: 1, municipalityCode: a.code, acceptWaitlist: a.acceptWaitlist }), idempotencyKey: `load-${i}` }))),
    );

    const confirmed = results.filter((r) => r.kind === "CONFIRMED");
    const waitlisted = results.filter((r) => r.kind === "WAITLISTED");
    const asked = results.filter((r) => r.kind === "NEEDS_CHOICE");
    const refused = results.filter((r) => r.kind === "ERROR");
    expect(confirmed).toHaveLength(3);
    expect(waitlisted).toHaveLength(9);
    expect(waitlisted.map((r) => (r.kind === "WAITLISTED" ? r.waitlistPosition : 0)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(confirmed.length + waitlisted.length + asked.length + refused.length).toBe(100);
    // Only a second attempt by a municipality whose first attempt got a place is refused, and only for that reason.
    for (const [i, r] of results.entries()) {
      if (r.kind !== "ERROR") continue;
      expect(r.code).toBe("MUNICIPALITY_ALREADY_REGISTERED");
      const twin = i < 91 ? i + 91 : i - 91;
      expect(["CONFIRMED", "WAITLISTED"]).toContain(results[twin]!.kind);
    }
    for (const r of asked) if (r.kind === "NEEDS_CHOICE") expect(r.reason === "DIRECTIONS_FULL" || r.reason === "PARTICIPANTS_FULL").toBe(true);

    const { rows } = await testPool().query<{ confirmed: string; participants: string; waitlisted: string }>(
      `SELECT count(DISTINCT d.id) FILTER (WHERE d.status = 'CONFIRMED') AS confirmed,
              count(p.id) FILTER (WHERE d.status = 'CONFIRMED' AND p.status = 'ACTIVE') AS participants,
              count(DISTINCT d.id) FILTER (WHERE d.status = 'WAITLISTED') AS waitlisted
       FROM "Direction" d LEFT JOIN "Participant" p ON p."directionId" = d.id WHERE d."cohortId" = $1`,
      [cohort.id],
    );
    expect(rows[0]).toEqual({ confirmed: "10", participants: "40", waitlisted: "9" });
    expect(await db.invoice.count()).toBe(3);
  });

  it("gives the 10th direction slot to exactly one of 20 concurrent directions", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-x", maxParticipants: 40, maxDirections: 10 });
    const prefilled = Array.from({ length: 9 }, (_, i) => municipalityCode(i));
    for (const code of prefilled) await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: code, participants: 1 });
    const free = (await freeMunicipalities(prefilled)).slice(0, 20);
    const actor = await registrar();

    const results = await Promise.all(free.map((code, i) => registerDirection({ actor, input: input({ participants: 2, municipalityCode: code }), idempotencyKey: `tenth-${i}` })));

    expect(results.filter((r) => r.kind === "CONFIRMED")).toHaveLength(1);
    const asked = results.filter((r) => r.kind === "NEEDS_CHOICE");
    expect(asked).toHaveLength(19);
    expect(asked.every((r) => r.kind === "NEEDS_CHOICE" && r.reason === "DIRECTIONS_FULL")).toBe(true);
    expect(await db.direction.count({ where: { cohortId: cohort.id, status: "CONFIRMED" } })).toBe(10);
  });

  it("makes one direction of concurrent submits with the same idempotency key, even across cohorts", async () => {
    const programme = await createProgramme();
    await createCohort(programme.id, { slug: "hold-x" });
    await createCohort(programme.id, { slug: "hold-y" });
    const actor = await director();
    const same = input({ participants: 2 });

    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => registerDirection({ actor, input: same, idempotencyKey: "double" })),
      registerDirection({ actor, input: { ...same, cohortSlug: "hold-y" }, idempotencyKey: "double" }),
    ]);

    const ids = new Set(results.map((r) => (r.kind === "CONFIRMED" ? r.directionId : r.kind)));
    expect(ids.size).toBe(1);
    expect(await db.direction.count()).toBe(1);
    expect(await db.participant.count()).toBe(2);
    expect(await db.invoice.count()).toBe(1);
    expect(await db.emailOutbox.count({ where: { kind: { in: ["registration-confirmed", "participant-welcome"] } } })).toBe(3);
    // Someone else's key is not a way to read another municipality's registration.
    await expect(registerDirection({ actor: await director(), input: same, idempotencyKey: "double" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("leaves no mail, direction or audit entry behind when the transaction fails after queueing mail", async () => {
    const programme = await createProgramme();
    await createCohort(programme.id, { slug: "hold-x" });
    const actor = await director();
    // A real failure late in the transaction: the invoice insert (after the mails are queued) is refused by the database.
    await testPool().query(`CREATE FUNCTION k2030_test_refuse() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'invoicing is down'; END $$`);
    await testPool().query(`CREATE TRIGGER "test_refuse_invoice" BEFORE INSERT ON "Invoice" FOR EACH ROW EXECUTE FUNCTION k2030_test_refuse()`);
    try {
      await expect(registerDirection({ actor, input: input(), idempotencyKey: "rollback" })).rejects.toThrow(/invoicing is down/);
    } finally {
      await testPool().query(`DROP TRIGGER "test_refuse_invoice" ON "Invoice"`);
      await testPool().query(`DROP FUNCTION k2030_test_refuse()`);
    }
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.direction.count()).toBe(0);
    expect(await db.participant.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);

    // Nothing was half-done: the same submit succeeds once invoicing works again.
    expect((await registerDirection({ actor, input: input(), idempotencyKey: "rollback" })).kind).toBe("CONFIRMED");
  });

  it("marks the cohort as running at its 5th direction and tells every confirmed direction once", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-x", minDirections: 5 });
    for (let i = 0; i < 4; i++) await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(i) });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(4), status: "WAITLISTED", waitlistPosition: 1 });
    const actor = await registrar();
    const now = new Date("2026-12-01T10:00:00Z");

    await registerDirection({ actor, input: input({ municipalityCode: "0630" }), idempotencyKey: "fifth", now });

    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).toEqual(now);
    const running = await db.emailOutbox.findMany({ where: { kind: "cohort-running" } });
    expect(running).toHaveLength(5);
    expect(new Set(running.map((m) => m.to)).size).toBe(5);
    expect(running[0]!.subject).toBe(`${cohort.title} gennemføres`);
    expect(running.map((m) => m.to)).toContain("kontakt@vejle.dk");

    await registerDirection({ actor, input: input({ municipalityCode: "0615" }), idempotencyKey: "sixth" });
    expect(await db.emailOutbox.count({ where: { kind: "cohort-running" } })).toBe(5);
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).toEqual(now);
  });

  it("marks the cohort as running once when several directions register at the same moment across the minimum", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { slug: "hold-x", minDirections: 5, maxDirections: 10, maxParticipants: 40 });
    const prefilled = [0, 1, 2].map(municipalityCode);
    for (const code of prefilled) await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: code });
    const free = await freeMunicipalities(prefilled);
    const actor = await registrar();

    // Six at once: the 5th confirmed direction makes the cohort run; the 6th, 7th and 8th find it running.
    const results = await Promise.all(free.slice(0, 6).map((code, i) => registerDirection({ actor, input: input({ participants: 1, municipalityCode: code }), idempotencyKey: `together-${i}` })));

    expect(results.every((r) => r.kind === "CONFIRMED")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "cohort.running", entityId: cohort.id } })).toBe(1);
    const running = await db.emailOutbox.findMany({ where: { kind: "cohort-running" } });
    // The directions confirmed when it happened (3 prefilled and the first 2 of the six), one mail each.
    expect(running).toHaveLength(5);
    expect(new Set(running.map((m) => m.directionId)).size).toBe(5);
  });
});
