import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import type { Actor } from "../../src/server/auth/actor";
import type { CurrentUser } from "../../src/server/auth/session";
import type { InvoiceTiming } from "../../src/domain/invoice-timing";
import { registerDirection } from "../../src/server/directions/register-direction";
import { acceptWaitlistOffer } from "../../src/server/waitlist/accept-waitlist-offer";
import { cancelDirection } from "../../src/server/directions/cancel-direction";
import { cancelCohort } from "../../src/server/cohorts/cancel-cohort";
import { moveDirection } from "../../src/server/directions/move-direction";
import { offerFreedPlaces } from "../../src/server/waitlist/offer-freed-places";
import { issueDueInvoices } from "../../src/server/invoices/issue-due-invoices";
import { resetDatabase } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode, municipalEmail, registrationInput } from "../support/factories";

beforeEach(resetDatabase);

// Seminar 9 March 2027 (createCohort). Under BEFORE_SEMINAR with 42 days, invoicing starts 26 January 2027.
const NOW = new Date("2027-01-05T10:00:00Z");
const INVOICE_DAY = new Date("2027-01-26T08:00:00Z");
const MODES: InvoiceTiming[] = ["AT_REGISTRATION", "WHEN_RUNNING", "BEFORE_SEMINAR"];

let municipalities = 0;
const nextMunicipality = () => municipalityCode(municipalities++ % 24);

async function setup(timing: InvoiceTiming, cohorts = 1) {
  municipalities = 0;
  const programme = await createProgramme({ invoiceTiming: timing, invoiceDaysBefore: 42 });
  const list = [];
  for (let i = 0; i < cohorts; i++) list.push(await createCohort(programme.id, { number: i + 1, maxParticipants: 30 }));
  return { programme, cohorts: list };
}

async function register(cohortSlug: string, participants = 2, now = NOW) {
  const municipality = nextMunicipality();
  const user = await db.user.create({ data: { email: await municipalEmail(municipality, `direktor-${randomUUID()}`), role: "DIRECTOR" } });
  const result = await registerDirection({
    actor: { id: user.id, email: user.email, role: user.role },
    input: registrationInput({ cohortSlug, participants, municipalityCode: municipality, contactEmail: `kontakt-${municipality}@example.dk` }),
    idempotencyKey: randomUUID(),
    now,
  });
  if (result.kind !== "CONFIRMED") throw new Error(`expected a confirmed registration, got ${result.kind}`);
  return { directionId: result.directionId, actor: { id: user.id, email: user.email, role: user.role } as Actor };
}

async function staffUser(): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email: `staff-${randomUUID()}@komponent.dk`, role: "STAFF" } });
  return { id: user.id, email: user.email, name: null, role: "STAFF", partnerCode: null };
}

/** Invoices (kind INVOICE) and credit notes per direction, in registration order. */
async function documents(directionIds: string[]) {
  const rows = await db.invoice.findMany({ where: { directionId: { in: directionIds } }, select: { directionId: true, kind: true } });
  return directionIds.map((id) => {
    const mine = rows.filter((r) => r.directionId === id);
    return `${mine.filter((r) => r.kind === "INVOICE").length}/${mine.filter((r) => r.kind === "CREDIT_NOTE").length}`;
  });
}

describe("the programme's default", () => {
  it("invoices when the cohort runs unless staff choose otherwise", async () => {
    const programme = await createProgramme({ invoiceTiming: undefined });
    expect(programme.invoiceTiming).toBe("WHEN_RUNNING");
  });
});

describe.each(MODES)("invoice timing %s", (mode) => {
  it("registration: the first four, the fifth that makes the cohort run, and a later one", async () => {
    const { cohorts } = await setup(mode);
    const slug = cohorts[0]!.slug;
    const first = [];
    for (let i = 0; i < 4; i++) first.push((await register(slug)).directionId);
    const expectedBefore = { AT_REGISTRATION: "1/0", WHEN_RUNNING: "0/0", BEFORE_SEMINAR: "0/0" }[mode];
    expect(await documents(first)).toEqual(Array(4).fill(expectedBefore));

    const fifth = (await register(slug)).directionId;
    // When the cohort runs, the directions already confirmed are invoiced with the fifth, once each.
    const afterRun = { AT_REGISTRATION: "1/0", WHEN_RUNNING: "1/0", BEFORE_SEMINAR: "0/0" }[mode];
    expect(await documents([...first, fifth])).toEqual(Array(5).fill(afterRun));
    const sixth = (await register(slug)).directionId;
    expect(await documents([sixth])).toEqual([afterRun]);

    // The daily run before the date changes nothing; on the date it invoices what has come due, once.
    expect((await issueDueInvoices({ now: NOW })).issued).toHaveLength(0);
    const due = await issueDueInvoices({ now: INVOICE_DAY });
    expect(due.issued).toHaveLength(mode === "BEFORE_SEMINAR" ? 6 : 0);
    expect(await documents([...first, fifth, sixth])).toEqual(Array(6).fill("1/0"));
    expect((await issueDueInvoices({ now: INVOICE_DAY })).issued).toHaveLength(0);
    // A registration after the date is invoiced at once in every mode.
    const late = (await register(slug, 2, INVOICE_DAY)).directionId;
    expect(await documents([late])).toEqual(["1/0"]);
  });

  it("waiting list: an accepted offer is invoiced only when the setting says now", async () => {
    const { programme, cohorts } = await setup(mode);
    const cohort = cohorts[0]!;
    for (let i = 0; i < 3; i++) await register(cohort.slug);
    const waiting = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: nextMunicipality(), participants: 2, status: "WAITLISTED", waitlistPosition: 1 });
    await offerFreedPlaces({ actor: await staffUser(), cohortId: cohort.id, now: NOW });
    const offer = await db.waitlistOffer.findFirstOrThrow({ where: { directionId: waiting.id, status: "OPEN" } });
    const owner = await db.user.create({ data: { email: await municipalEmail(waiting.municipalityCode, `owner-${randomUUID()}`), role: "DIRECTOR" } });
    await db.direction.update({ where: { id: waiting.id }, data: { ownerUserId: owner.id } });
    const accepted = await acceptWaitlistOffer({ actor: { id: owner.id, email: owner.email, role: "DIRECTOR" }, token: offer.token, now: NOW });
    expect(accepted.direction.status).toBe("CONFIRMED");
    expect(await documents([waiting.id])).toEqual([mode === "AT_REGISTRATION" ? "1/0" : "0/0"]);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { directionId: waiting.id, kind: "waitlist-confirmed" } });
    if (mode === "WHEN_RUNNING") expect(mail.text).toContain("Fakturaen sendes, når holdet gennemføres.");
  });

  it("staff move: into a running cohort, out of one, and the new cohort's own time", async () => {
    const { cohorts } = await setup(mode, 2);
    const [a, b] = cohorts;
    // Cohort A runs (5 directions); cohort B has 4.
    const inA = [];
    for (let i = 0; i < 5; i++) inA.push((await register(a!.slug)).directionId);
    const inB = [];
    for (let i = 0; i < 4; i++) inB.push((await register(b!.slug)).directionId);
    const staff = await staffUser();

    // A's first direction moves to B, which then runs with 5.
    await moveDirection({ actor: staff, directionId: inA[0]!, targetCohortId: b!.id, now: NOW });
    const moved = await documents([inA[0]!]);
    // At registration: credited and re-issued. When running: credited (B did not run before the
    // move) and invoiced again by B's runs-event. Before the seminar: nothing was invoiced yet.
    expect(moved).toEqual([{ AT_REGISTRATION: "2/1", WHEN_RUNNING: "2/1", BEFORE_SEMINAR: "0/0" }[mode]]);
    expect(await documents(inB)).toEqual(Array(4).fill({ AT_REGISTRATION: "1/0", WHEN_RUNNING: "1/0", BEFORE_SEMINAR: "0/0" }[mode]));

    // Moving into a cohort that already runs invoices at once (when running) or credits and re-issues.
    await moveDirection({ actor: staff, directionId: inA[1]!, targetCohortId: b!.id, now: NOW });
    expect(await documents([inA[1]!])).toEqual([{ AT_REGISTRATION: "2/1", WHEN_RUNNING: "2/1", BEFORE_SEMINAR: "0/0" }[mode]]);
    const replacement = await db.invoice.findFirst({ where: { directionId: inA[1]!, kind: "INVOICE", status: { not: "CREDITED" } } });
    if (mode !== "BEFORE_SEMINAR") expect(replacement!.note).toContain(b!.title);
  });

  it("cancel before the cohort runs: nothing to credit unless invoicing happened at registration", async () => {
    const { cohorts } = await setup(mode);
    const cohort = cohorts[0]!;
    const directions = [];
    for (let i = 0; i < 3; i++) directions.push(await register(cohort.slug));
    const cancelled = await cancelDirection({ actor: directions[0]!.actor, directionId: directions[0]!.directionId, now: NOW });
    expect(cancelled.creditNotes).toHaveLength(mode === "AT_REGISTRATION" ? 1 : 0);
    const result = await cancelCohort({ actor: await staffUser(), cohortId: cohort.id, now: NOW });
    expect(result.creditNotes).toBe(mode === "AT_REGISTRATION" ? 2 : 0);
    expect(await db.invoice.count({ where: { kind: "CREDIT_NOTE" } })).toBe(mode === "AT_REGISTRATION" ? 3 : 0);
  });
});
