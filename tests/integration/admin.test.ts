import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db, transaction } from "../../src/server/db";
import { issueInvoice, issueInvoiceNow } from "../../src/server/invoices/issue-invoice";
import type { CurrentUser } from "../../src/server/auth/session";
import { cohortFormSchema, cohortSchema } from "../../src/lib/schemas/cohort";
import { listTakenCohortKeys } from "../../src/server/cohorts/list-taken-cohort-keys";
import { getOutboxAttachment, listOutboxAttachments } from "../../src/server/email/outbox-attachments";
import { createCohort as createCohortUseCase } from "../../src/server/cohorts/create-cohort";
import { updateCohort } from "../../src/server/cohorts/update-cohort";
import { openCohort } from "../../src/server/cohorts/open-cohort";
import { closeCohort } from "../../src/server/cohorts/close-cohort";
import { completeCohort } from "../../src/server/cohorts/complete-cohort";
import { cancelCohort } from "../../src/server/cohorts/cancel-cohort";
import { moveDirection } from "../../src/server/directions/move-direction";
import { sendCohortMessage, cohortMessageKind } from "../../src/server/email/send-cohort-message";
import { sendDueReminders, reminderKind } from "../../src/server/email/send-due-reminders";
import { retryEmail } from "../../src/server/email/retry-email";
import { inviteUser } from "../../src/server/users/invite-user";
import { setUserPartner } from "../../src/server/users/set-user-partner";
import { disableUser } from "../../src/server/users/disable-user";
import { resendInvoice } from "../../src/server/invoices/resend-invoice";
import { markInvoicePaid } from "../../src/server/invoices/mark-invoice-paid";
import { creditInvoice } from "../../src/server/invoices/credit-invoice";
import { offerFreedPlaces } from "../../src/server/waitlist/offer-freed-places";
import { updateReminderDays } from "../../src/server/email/update-reminder-days";
import { updateProgrammeSettings } from "../../src/server/programme/update-programme-settings";
import { exportPersonData } from "../../src/server/privacy/export-person-data";
import { erasePerson } from "../../src/server/privacy/erase-person";
import { approvePendingDirection } from "../../src/server/directions/approve-pending-direction";
import { refusePendingDirection } from "../../src/server/directions/refuse-pending-direction";
import { addMunicipalityDomain } from "../../src/server/municipalities/add-municipality-domain";
import { removeMunicipalityDomain } from "../../src/server/municipalities/remove-municipality-domain";
import { setMunicipalityFormat } from "../../src/server/invoices/set-municipality-format";
import { setEanFormat } from "../../src/server/invoices/set-ean-format";
import { removeEanFormat } from "../../src/server/invoices/remove-ean-format";
import { resetPasskeys } from "../../src/server/auth/passkeys/reset-passkeys";
import { promoteFromWaitlist } from "../../src/server/waitlist/promote-from-waitlist";
import { reorderWaitlist } from "../../src/server/waitlist/reorder-waitlist";
import { programmeSettingsSchema } from "../../src/lib/schemas/programme-settings";
import { resetDatabase } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode } from "../support/factories";

beforeEach(resetDatabase);

async function userOf(role: "STAFF" | "DIRECTOR" | "PARTNER", email: string): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email, role, partnerCode: role === "PARTNER" ? "KL" : null } });
  return { id: user.id, email: user.email, name: null, role: user.role, partnerCode: user.partnerCode };
}

/** The settings form as submitted, with valid values (CVR 25313763 passes the mod 11 check). */
const SETTINGS_FORM = {
  sellerName: "Komponent – Videncenter for ledelse",
  sellerStreet: "Weidekampsgade 10",
  sellerPostalCode: "2300",
  sellerCity: "København S",
  sellerCvr: "25 31 37 63",
  sellerEmail: "Faktura@Komponent.dk",
  sellerPhone: "33 70 35 00",
  sellerBankReg: "1234",
  sellerBankAccount: "0012345678",
  sellerIban: "",
  sellerBic: "danbdkkk",
  paymentTermsDays: "14",
  freeCancellationDays: "30",
  cancellationTerms: "Gratis afmelding indtil 30 dage før seminaret.",
  privacyRetentionDays: "60",
  reminderDaysBefore: "5",
  maxParticipantsPerDirection: "8",
  invoiceTiming: "AT_REGISTRATION",
  invoiceDaysBefore: "42",
};

const cohortInput = (overrides: Record<string, string> = {}) =>
  cohortSchema.parse({ number: "2", title: "Hold 2 – Test", slug: "hold-2-test", minDirections: "5", maxDirections: "10", maxParticipants: "36", ...overrides });

describe("every admin use case refuses anyone but staff", () => {
  // Each call is a use case with a harmless target: authorisation must fail before any lookup.
  const calls: [string, (actor: CurrentUser | null) => Promise<unknown>][] = [
    ["createCohort", (actor) => createCohortUseCase({ actor, input: cohortInput() })],
    ["updateCohort", (actor) => updateCohort({ actor, cohortId: "x", input: cohortInput() })],
    ["openCohort", (actor) => openCohort({ actor, cohortId: "x" })],
    ["closeCohort", (actor) => closeCohort({ actor, cohortId: "x" })],
    ["completeCohort", (actor) => completeCohort({ actor, cohortId: "x" })],
    ["cancelCohort", (actor) => cancelCohort({ actor, cohortId: "x" })],
    ["moveDirection", (actor) => moveDirection({ actor, directionId: "x", targetCohortId: "y" })],
    ["sendCohortMessage", (actor) => sendCohortMessage({ actor, input: { cohortId: "x", audience: "PARTICIPANTS", subject: "Hej", body: "Hej med jer alle" } })],
    ["retryEmail", (actor) => retryEmail({ actor })],
    ["inviteUser", (actor) => inviteUser({ actor, input: { email: "ny@example.dk", name: null, role: "STAFF", partnerCode: null } })],
    ["setUserPartner", (actor) => setUserPartner({ actor, userId: "x", partnerCode: "KL" })],
    ["disableUser", (actor) => disableUser({ actor, userId: "x" })],
    ["issueInvoiceNow", (actor) => issueInvoiceNow({ actor, directionId: "x" })],
    ["resendInvoice", (actor) => resendInvoice({ actor, invoiceId: "x" })],
    ["markInvoicePaid", (actor) => markInvoicePaid({ actor, invoiceId: "x" })],
    ["creditInvoice", (actor) => creditInvoice({ actor, invoiceId: "x", reason: "Test", keepsSeat: false })],
    ["offerFreedPlaces", (actor) => offerFreedPlaces({ actor, cohortId: "x" })],
    ["updateReminderDays", (actor) => updateReminderDays({ actor, days: 5 })],
    ["updateProgrammeSettings", (actor) => updateProgrammeSettings({ actor, input: programmeSettingsSchema.parse(SETTINGS_FORM) })],
    ["exportPersonData", (actor) => exportPersonData({ actor, email: "someone@example.dk" })],
    ["erasePerson", (actor) => erasePerson({ actor, email: "someone@example.dk" })],
    ["approvePendingDirection", (actor) => approvePendingDirection({ actor, directionId: "d1", addDomain: true })],
    ["refusePendingDirection", (actor) => refusePendingDirection({ actor, directionId: "d1", reason: "x" })],
    ["addMunicipalityDomain", (actor) => addMunicipalityDomain({ actor, municipalityCode: "0751", domain: "evil.example" })],
    ["removeMunicipalityDomain", (actor) => removeMunicipalityDomain({ actor, municipalityCode: "0751", domain: "aarhus.dk" })],
    ["setMunicipalityFormat", (actor) => setMunicipalityFormat({ actor, municipalityCode: "0751", format: "OIOUBL_21" })],
    ["setEanFormat", (actor) => setEanFormat({ actor, ean: "5798000000056", municipalityCode: "0751", format: "OIOUBL_21", note: "" })],
    ["removeEanFormat", (actor) => removeEanFormat({ actor, ean: "5798000000056" })],
    ["resetPasskeys", (actor) => resetPasskeys({ actor, userId: "u1" })],
    ["promoteFromWaitlist", (actor) => promoteFromWaitlist({ actor, directionId: "x" })],
    ["reorderWaitlist", (actor) => reorderWaitlist({ actor, cohortId: "x", directionId: "y", newPosition: 1 })],
  ];

  it("covers every use case in src/server that takes an actor and checks the staff role", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => (statSync(path.join(dir, entry)).isDirectory() ? files(path.join(dir, entry)) : [path.join(dir, entry)]));
    const sources = files(path.resolve("src/server")).map((file) => readFileSync(file, "utf8")).filter((source) => source.includes("assertStaff(actor)") || source.includes('assertRole(actor, "STAFF"'));
    const exported = sources.map((source) => /export async function (\w+)\(\{ actor/.exec(source)?.[1]).filter((name) => name !== undefined);
    expect(exported.sort()).toEqual(calls.map(([name]) => name).sort());
  });

  it.each(calls)("%s", async (_name, call) => {
    const director = await userOf("DIRECTOR", "direktor@example.dk");
    const partner = await userOf("PARTNER", "partner@example.dk");
    await expect(call(null)).rejects.toMatchObject({ code: "NOT_AUTHENTICATED" });
    await expect(call(director)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call(partner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });
});

describe("admin server actions", () => {
  function actionFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return actionFiles(full);
      return entry === "actions.ts" ? [full] : [];
    });
  }

  it("each exported action calls requireActionRole(\"STAFF\") before anything else", () => {
    const files = actionFiles(path.resolve("src/app/admin"));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect(source.startsWith('"use server";'), file).toBe(true);
      const bodies = source.split(/\nexport async function /).slice(1);
      expect(bodies.length, file).toBeGreaterThan(0);
      for (const body of bodies) {
        const name = body.slice(0, body.indexOf("("));
        const firstStatement = body.slice(body.indexOf("{\n") + 2).trim().split("\n")[0];
        expect(firstStatement, `${path.relative(process.cwd(), file)}: ${name}`).toMatch(/^const actor = await requireActionRole\("STAFF"\);$|^await requireActionRole\("STAFF"\);$/);
      }
      expect(source).not.toMatch(/^export (const|function|default)/m);
    }
  });
});

describe("cohort administration", () => {
  it("refuses to lower the participant cap below what is booked", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { number: 1, slug: "hold-1", maxParticipants: 40 });
    for (let i = 0; i < 8; i++) await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(i), participants: 4 });
    const input = (cap: string) => cohortInput({ number: "1", slug: "hold-1", title: cohort.title, maxParticipants: cap, seminarDate: "2027-03-09", datesAnnounced: "on" });
    await expect(updateCohort({ actor: staff, cohortId: cohort.id, input: input("31") })).rejects.toMatchObject({ code: "CAP_BELOW_BOOKINGS", details: { field: "maxParticipants" } });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).maxParticipants).toBe(40);
    await updateCohort({ actor: staff, cohortId: cohort.id, input: input("32") });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).maxParticipants).toBe(32);
    expect(await db.auditLog.count({ where: { entityId: cohort.id, action: "cohort.update" } })).toBe(1);
  });

  it("creates a fifth cohort with the next free number; a taken one is reported by the form, not by the database", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const programme = await createProgramme();
    for (const number of [1, 2, 3, 4]) await createCohort(programme.id, { number, slug: `hold-${number}` });
    const form = { title: "Hold 5 – Herning", minDirections: "5", maxDirections: "10", maxParticipants: "36" };
    const taken = await listTakenCohortKeys();
    const refused = cohortFormSchema(taken).safeParse({ ...form, number: "4", slug: "hold-4" });
    expect(refused.success ? [] : refused.error.issues.map((i) => i.path.join("."))).toEqual(["number", "slug"]);
    const created = await createCohortUseCase({ actor: staff, input: cohortFormSchema(taken).parse({ ...form, number: "5", slug: "hold-5" }) });
    expect(created).toMatchObject({ number: 5, status: "DRAFT" });
    // Editing a cohort does not count its own number and address as taken.
    expect(cohortFormSchema(await listTakenCohortKeys({ exceptCohortId: created.id })).safeParse({ ...form, number: "5", slug: "hold-5" }).success).toBe(true);
    // The CHECK constraint is the backstop for numbers the form would never send.
    await expect(db.$executeRaw`UPDATE "Cohort" SET number = 0 WHERE id = ${created.id}`).rejects.toThrow(/Cohort_number_check/);
  });

  it("lists a mail's attachments by name and size without their content, and gives one back whole", async () => {
    const content = Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const mail = await db.emailOutbox.create({
      data: {
        to: "a@example.dk",
        subject: "Velkommen",
        html: "",
        text: "Hej",
        attachments: [
          { filename: "hold-1.ics", contentType: "text/calendar; charset=utf-8", contentBase64: content.toString("base64") },
          { filename: "faktura æøå.pdf", contentType: "application/pdf", contentBase64: Buffer.alloc(3000).toString("base64") },
        ],
      },
    });
    const plain = await db.emailOutbox.create({ data: { to: "b@example.dk", subject: "Uden", html: "", text: "" } });
    const listed = await listOutboxAttachments([mail.id, plain.id]);
    expect(listed.get(mail.id)).toEqual([
      { index: 0, filename: "hold-1.ics", contentType: "text/calendar; charset=utf-8", bytes: content.length },
      { index: 1, filename: "faktura æøå.pdf", contentType: "application/pdf", bytes: 3000 },
    ]);
    expect(listed.has(plain.id)).toBe(false);
    expect((await getOutboxAttachment({ emailId: mail.id, index: 0 }))?.content.equals(content)).toBe(true);
    expect(await getOutboxAttachment({ emailId: mail.id, index: 2 })).toBeNull();
    expect(await getOutboxAttachment({ emailId: mail.id, index: Number.NaN })).toBeNull();
    expect(await getOutboxAttachment({ emailId: "missing", index: 0 })).toBeNull();
  });

  it("opens a cohort only once its dates are announced, and tells its followers", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { status: "DRAFT", datesAnnounced: false, seminarStart: null, seminarEnd: null });
    await db.cohortFollower.create({ data: { cohortId: cohort.id, email: "interesseret@example.dk" } });
    await expect(openCohort({ actor: staff, cohortId: cohort.id })).rejects.toMatchObject({ code: "DATES_NOT_ANNOUNCED" });
    await db.cohort.update({ where: { id: cohort.id }, data: { datesAnnounced: true, seminarStart: new Date("2027-10-05T10:00:00Z"), seminarEnd: new Date("2027-10-06T10:00:00Z") } });
    await openCohort({ actor: staff, cohortId: cohort.id });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).status).toBe("OPEN");
    expect(await db.emailOutbox.count({ where: { to: "interesseret@example.dk" } })).toBeGreaterThan(0);
  });

  it("cancelling a cohort cancels its directions, credits its invoices and queues mail to everyone", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id, { seminarStart: new Date("2099-03-09T11:00:00Z"), seminarEnd: new Date("2099-03-10T11:00:00Z") });
    const a = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), participants: 2 });
    const b = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(1), participants: 3 });
    const waiting = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(2), status: "WAITLISTED", waitlistPosition: 1, participants: 1 });
    for (const d of [a, b]) {
      const invoice = await transaction((tx) => issueInvoice(tx, { directionId: d.id, actor: staff }));
      expect(invoice).not.toBeNull();
    }

    const result = await cancelCohort({ actor: staff, cohortId: cohort.id, reason: "For få tilmeldte." });

    expect(result).toMatchObject({ directionsCancelled: 3, creditNotes: 2 });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).status).toBe("CANCELLED");
    expect(await db.direction.count({ where: { cohortId: cohort.id, status: { not: "CANCELLED" } } })).toBe(0);
    const invoices = await db.invoice.findMany({ where: { directionId: { in: [a.id, b.id] } } });
    expect(invoices.filter((i) => i.kind === "INVOICE").every((i) => i.status === "CREDITED")).toBe(true);
    const notes = invoices.filter((i) => i.kind === "CREDIT_NOTE");
    expect(notes).toHaveLength(2);
    expect(notes.reduce((s, n) => s + n.grossOre, 0)).toBe(invoices.filter((i) => i.kind === "INVOICE").reduce((s, i) => s + i.grossOre, 0));
    const mail = await db.emailOutbox.findMany({ where: { kind: "cohort-cancelled" } });
    const expected = [a, b, waiting].flatMap((d) => [d.contactEmail, ...d.participants.map((p) => p.email)]);
    expect(mail.map((m) => m.to).sort()).toEqual(expected.sort());
    expect(await db.auditLog.count({ where: { action: "cohort.cancel", entityId: cohort.id } })).toBe(1);
    await expect(cancelCohort({ actor: staff, cohortId: cohort.id })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("moving a direction", () => {
  it("is refused when the target cohort has no room, and moves and notifies when it has", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const programme = await createProgramme();
    const source = await createCohort(programme.id, { number: 1, slug: "s" });
    const full = await createCohort(programme.id, { number: 2, slug: "full", maxParticipants: 30 });
    const roomy = await createCohort(programme.id, { number: 3, slug: "roomy" });
    const mover = await createDirection({ programmeId: programme.id, cohortId: source.id, municipalityCode: municipalityCode(0), participants: 4 });
    // 10 directions: no direction slot left.
    for (let i = 1; i <= 10; i++) await createDirection({ programmeId: programme.id, cohortId: full.id, municipalityCode: municipalityCode(i), participants: 3 });
    await expect(moveDirection({ actor: staff, directionId: mover.id, targetCohortId: full.id })).rejects.toMatchObject({ code: "COHORT_FULL_DIRECTIONS" });
    // 28 of 36 seats taken in "roomy" by 7 directions: 4 more participants do not fit with cap 30.
    for (let i = 11; i <= 17; i++) await createDirection({ programmeId: programme.id, cohortId: roomy.id, municipalityCode: municipalityCode(i), participants: 4 });
    await db.cohort.update({ where: { id: roomy.id }, data: { maxParticipants: 30 } });
    await expect(moveDirection({ actor: staff, directionId: mover.id, targetCohortId: roomy.id })).rejects.toMatchObject({ code: "COHORT_FULL_PARTICIPANTS" });
    expect((await db.direction.findUniqueOrThrow({ where: { id: mover.id } })).cohortId).toBe(source.id);
    expect(await db.emailOutbox.count()).toBe(0);

    await db.cohort.update({ where: { id: roomy.id }, data: { maxParticipants: 32 } });
    await moveDirection({ actor: staff, directionId: mover.id, targetCohortId: roomy.id });
    expect((await db.direction.findUniqueOrThrow({ where: { id: mover.id } })).cohortId).toBe(roomy.id);
    expect(await db.emailOutbox.count({ where: { to: mover.contactEmail, kind: "direction-moved" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "direction.move", directionId: mover.id } });
    expect(audit.before).toMatchObject({ cohortId: source.id });
    expect(audit.after).toMatchObject({ cohortId: roomy.id });
  });
});

describe("communication", () => {
  it("queues one cohort message per unique participant under a batch kind", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id);
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), participants: 3 });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(1), participants: 2 });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(2), status: "WAITLISTED", waitlistPosition: 1 });
    const { batchId, queued } = await sendCohortMessage({ actor: staff, input: { cohortId: cohort.id, audience: "PARTICIPANTS", subject: "Praktisk info", body: "Kære alle\n\n- Medbring pc\n- Husk navneskilt" } });
    expect(queued).toBe(5);
    const mails = await db.emailOutbox.findMany({ where: { kind: cohortMessageKind(batchId) } });
    expect(mails).toHaveLength(5);
    expect(mails[0]!.text).toContain("- Medbring pc");
    const contacts = await sendCohortMessage({ actor: staff, input: { cohortId: cohort.id, audience: "CONTACTS", subject: "Til kontaktpersoner", body: "Kære kontaktpersoner" } });
    expect(contacts.queued).toBe(2);
  });

  it("sends each reminder once, and only inside the reminder window", async () => {
    const programme = await createProgramme({ reminderDaysBefore: 7 });
    const cohort = await createCohort(programme.id, { seminarStart: new Date("2027-03-09T11:00:00Z"), seminarEnd: new Date("2027-03-10T11:00:00Z"), followUpStart: new Date("2027-05-19T07:30:00Z"), followUpEnd: new Date("2027-05-19T13:30:00Z") });
    await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), participants: 3 });
    expect(await sendDueReminders({ now: new Date("2027-02-28T12:00:00Z") })).toEqual({ queued: 0 });
    expect(await sendDueReminders({ now: new Date("2027-03-03T12:00:00Z") })).toEqual({ queued: 3 });
    expect(await sendDueReminders({ now: new Date("2027-03-04T12:00:00Z") })).toEqual({ queued: 0 });
    expect(await db.emailOutbox.count({ where: { kind: reminderKind("seminar", cohort.id) } })).toBe(3);
    expect(await sendDueReminders({ now: new Date("2027-05-15T12:00:00Z") })).toEqual({ queued: 3 });
    expect(await db.emailOutbox.count({ where: { kind: reminderKind("follow-up", cohort.id) } })).toBe(3);
  });

  it("puts failed mail back in the queue", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const failed = await db.emailOutbox.create({ data: { to: "x@example.dk", subject: "S", html: "<p>h</p>", text: "h", status: "FAILED", attempts: 8, lastError: "550" } });
    await retryEmail({ actor: staff, emailId: failed.id });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

describe("users", () => {
  it("invites a partner, and removing access ends their sessions", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const user = await inviteUser({ actor: staff, input: { email: "ny@kl.dk", name: "Ny Partner", role: "PARTNER", partnerCode: "KL" } });
    expect(user).toMatchObject({ role: "PARTNER", partnerCode: "KL" });
    expect(await db.emailOutbox.count({ where: { to: "ny@kl.dk", kind: "user-invitation" } })).toBe(1);
    await expect(inviteUser({ actor: staff, input: { email: "ny@kl.dk", name: null, role: "STAFF", partnerCode: null } })).rejects.toMatchObject({ code: "USER_EXISTS" });
    await db.session.create({ data: { sessionToken: "t", userId: user.id, expires: new Date(Date.now() + 3600_000) } });
    await disableUser({ actor: staff, userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await expect(disableUser({ actor: staff, userId: staff.id })).rejects.toMatchObject({ code: "CANNOT_DISABLE_SELF" });
  });
});

describe("programme settings", () => {
  it("saves seller details and terms and audits before and after", async () => {
    const staff = await userOf("STAFF", "staff@example.dk");
    const programme = await createProgramme();
    const input = programmeSettingsSchema.parse(SETTINGS_FORM);
    expect(input).toMatchObject({ sellerCvr: "25313763", sellerEmail: "faktura@komponent.dk", sellerIban: null, sellerBic: "DANBDKKK", paymentTermsDays: 14 });
    await updateProgrammeSettings({ actor: staff, input });
    const saved = await db.programme.findUniqueOrThrow({ where: { id: programme.id } });
    expect(saved).toMatchObject({ sellerCity: "København S", privacyRetentionDays: 60, reminderDaysBefore: 5, freeCancellationDays: 30 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "programme.settings", entityId: programme.id } });
    expect(audit.before).toMatchObject({ sellerCvr: programme.sellerCvr, paymentTermsDays: programme.paymentTermsDays });
    expect(audit.after).toMatchObject({ sellerCvr: "25313763", paymentTermsDays: 14 });
  });

  it("explains a bad CVR, bank account or number of days next to the field", () => {
    const result = programmeSettingsSchema.safeParse({ ...SETTINGS_FORM, sellerCvr: "25313764", sellerBankReg: "12", sellerBankAccount: "12345678901", paymentTermsDays: "1e1" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      sellerCvr: "CVR-nummeret skal være 8 cifre og gyldigt.",
      sellerBankReg: "Registreringsnummeret skal være 4 cifre.",
      sellerBankAccount: "Kontonummeret skal være højst 10 cifre.",
      paymentTermsDays: "Skriv betalingsfristen som et helt antal dage.",
    });
  });
});
