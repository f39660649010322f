import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

// Read once by src/env.ts on first use, so set before any test touches the app code.
process.env.INVOICE_COPY_EMAIL = "bogholderi@komponent.example.dk";

import { db, transaction } from "../../src/server/db";
import { SYSTEM_ACTOR } from "../../src/server/auth/actor";
import { issueInvoice } from "../../src/server/invoices/issue-invoice";
import { creditInvoice } from "../../src/server/invoices/credit-invoice";
import { deliverTransmissions, MAX_TRANSMISSION_ATTEMPTS } from "../../src/server/invoices/deliver-transmissions";
import { backoffMs } from "../../src/server/jobs/durable-queue";
import { accessPointChannel, fileDropChannel, type EInvoiceTransport } from "../../src/server/invoices/transmission/e-invoice-channel";
import { resendInvoice } from "../../src/server/invoices/resend-invoice";
import { setMunicipalityFormat } from "../../src/server/invoices/set-municipality-format";
import { setEanFormat } from "../../src/server/invoices/set-ean-format";
import { removeEanFormat } from "../../src/server/invoices/remove-ean-format";
import { receiverFormatFor } from "../../src/server/invoices/receiver-format";
import type { CurrentUser } from "../../src/server/auth/session";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode, VALID_EANS } from "../support/factories";

let place: { programmeId: string; cohortId: string } | null = null;
beforeEach(async () => {
  await resetDatabase();
  place = null;
});

const actor = SYSTEM_ACTOR;
// The worker compares due times with its `now`; rows become due by the database's clock, so
// the tests' clock runs a minute ahead of the real one.
const NOW = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
const later = (ms: number) => new Date(NOW.getTime() + ms);

/** Directions on one programme and cohort (invoice numbers are per programme, unique overall). */
async function directionWith(participants: number, index = 0) {
  if (!place) {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id);
    place = { programmeId: programme.id, cohortId: cohort.id };
  }
  const direction = await createDirection({ ...place, municipalityCode: municipalityCode(index), participants });
  return { direction };
}

async function issued(participants = 2, index = 0, ean?: string) {
  const { direction } = await directionWith(participants, index);
  if (ean) Object.assign(direction, await db.direction.update({ where: { id: direction.id }, data: { ean } }));
  const invoice = (await transaction((tx) => issueInvoice(tx, { directionId: direction.id, actor, now: NOW })))!;
  return { direction, invoice };
}

async function staffUser(): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email: "staff@komponent.dk", role: "STAFF" } });
  return { id: user.id, email: user.email, name: null, role: user.role, partnerCode: null };
}

function folder() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "k2030-outgoing-"));
  return { dir, transport: fileDropChannel({ dir }) };
}

/** Records deliveries, optionally failing or waiting first. */
function fakeTransport({ fail, delayMs = 0 }: { fail?: () => string | null; delayMs?: number } = {}) {
  const delivered: string[] = [];
  const transport: EInvoiceTransport = {
    name: "e-invoice-access-point",
    async deliver({ loaded }) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const reason = fail?.();
      if (reason) throw new Error(reason);
      delivered.push(loaded.document.number);
    },
  };
  return { delivered, transport };
}

const transmissionsOf = (invoiceId: string) => db.invoiceTransmission.findMany({ where: { invoiceId }, orderBy: { createdAt: "asc" } });

describe("the transmission outbox", () => {
  it("issuing inserts the transmission row in the same transaction: a rollback leaves neither", async () => {
    const { direction } = await directionWith(2);
    const forced = new Error("rolled back");
    await expect(
      transaction(async (tx) => {
        await issueInvoice(tx, { directionId: direction.id, actor, now: NOW });
        throw forced;
      }),
    ).rejects.toBe(forced);
    expect(await db.invoice.count()).toBe(0);
    expect(await db.invoiceTransmission.count()).toBe(0);

    const invoice = (await transaction((tx) => issueInvoice(tx, { directionId: direction.id, actor, now: NOW })))!;
    expect(await transmissionsOf(invoice.id)).toMatchObject([{ status: "PENDING", attempts: 0, channels: ["e-invoice", "email"], resend: false }]);
    const note = await creditInvoice({ invoiceId: invoice.id, quantity: 1, reason: "Afmeldt", actor });
    expect(await transmissionsOf(note.id)).toMatchObject([{ status: "PENDING", channels: ["e-invoice", "email"] }]);
  });

  it("delivers in the receiver's format outside any transaction, queues the mail with the PDF, marks SENT, and does it once", async () => {
    const { direction, invoice } = await issued(5);
    const { dir, transport } = folder();
    expect(await deliverTransmissions({ transport, now: NOW })).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(await deliverTransmissions({ transport, now: later(60 * 60_000) })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });

    expect(readdirSync(dir)).toEqual(["faktura-K2030-F-0001.peppol.xml"]);
    expect(readFileSync(path.join(dir, "faktura-K2030-F-0001.peppol.xml"), "utf8")).toContain("<cbc:ID>K2030-F-0001</cbc:ID>");
    const sent = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(sent).toMatchObject({ status: "SENT", sentAt: NOW });
    expect(await transmissionsOf(invoice.id)).toMatchObject([{ status: "SENT", attempts: 1, format: "PEPPOL_BIS3", sentAt: NOW, lastError: null }]);

    const mails = await db.emailOutbox.findMany({ where: { kind: "invoice" } });
    expect(mails.map((m) => m.to).sort()).toEqual(["bogholderi@komponent.example.dk", direction.contactEmail].sort());
    for (const mail of mails) {
      const [attachment] = mail.attachments as { filename: string; contentBase64: string }[];
      expect(attachment!.filename).toBe("faktura-K2030-F-0001.pdf");
      expect(Buffer.from(attachment!.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    }
    const audit = await db.auditLog.findMany({ where: { action: "invoice.transmit", entityId: invoice.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ status: "SENT", channels: ["e-invoice-file", "email"], format: "PEPPOL_BIS3" });
  });

  it("sends OIOUBL to a municipality that receives it, and an EAN's own format over its municipality's", async () => {
    const staff = await staffUser();
    const { direction, invoice } = await issued(1, 0);
    const { direction: other, invoice: second } = await issued(1, 1, VALID_EANS[2]);
    await setMunicipalityFormat({ actor: staff, municipalityCode: direction.municipalityCode, format: "OIOUBL_21" });
    await setMunicipalityFormat({ actor: staff, municipalityCode: other.municipalityCode, format: "OIOUBL_21" });
    await setEanFormat({ actor: staff, ean: other.ean, municipalityCode: other.municipalityCode, format: "PEPPOL_BIS3", note: "" });
    const { dir, transport } = folder();
    await deliverTransmissions({ transport, now: NOW });
    expect(readdirSync(dir).sort()).toEqual([`faktura-${invoice.displayNumber}.oioubl.xml`, `faktura-${second.displayNumber}.peppol.xml`].sort());
    expect(readFileSync(path.join(dir, `faktura-${invoice.displayNumber}.oioubl.xml`), "utf8")).toContain("<cbc:CustomizationID>OIOUBL-2.01</cbc:CustomizationID>");
    expect((await transmissionsOf(invoice.id))[0]!.format).toBe("OIOUBL_21");
    expect(await db.auditLog.count({ where: { action: { startsWith: "receiver-format." } } })).toBe(3);
  });

  it("records each failed attempt with exponential backoff, then marks the row FAILED with the reason; staff retry it (audited) and it goes out", async () => {
    const { invoice } = await issued(2);
    let down = true;
    const { delivered, transport } = fakeTransport({ fail: () => (down ? "access point refused K2030-F-0001: HTTP 503 down for maintenance" : null) });

    let now = NOW;
    for (let attempt = 1; attempt <= MAX_TRANSMISSION_ATTEMPTS; attempt++) {
      expect(await deliverTransmissions({ transport, now })).toMatchObject({ sent: 0, failed: 1 });
      const [row] = await transmissionsOf(invoice.id);
      expect(row).toMatchObject({ attempts: attempt, lastError: expect.stringContaining("HTTP 503") });
      if (attempt < MAX_TRANSMISSION_ATTEMPTS) {
        expect(row!.status).toBe("PENDING");
        expect(row!.nextAttemptAt).toEqual(new Date(now.getTime() + backoffMs(attempt)));
        // Not due before its backoff has passed.
        expect(await deliverTransmissions({ transport, now: new Date(row!.nextAttemptAt.getTime() - 1) })).toMatchObject({ sent: 0, failed: 0 });
        now = row!.nextAttemptAt;
      } else {
        expect(row).toMatchObject({ status: "FAILED", failedAt: now });
      }
    }
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "ISSUED", sentAt: null });
    expect(await db.emailOutbox.count({ where: { kind: "invoice" } })).toBe(0);
    const failedAudit = await db.auditLog.findFirstOrThrow({ where: { action: "invoice.transmission-failed", entityId: invoice.id } });
    expect(failedAudit.after).toMatchObject({ displayNumber: "K2030-F-0001", attempts: MAX_TRANSMISSION_ATTEMPTS, reason: expect.stringContaining("HTTP 503") });
    // A FAILED row is never picked up again by itself.
    expect(await deliverTransmissions({ transport, now: later(30 * 24 * 60 * 60_000) })).toMatchObject({ sent: 0, failed: 0 });

    down = false;
    const staff = await staffUser();
    expect(await resendInvoice({ actor: staff, invoiceId: invoice.id, now })).toEqual({ transmitted: true, resent: false });
    expect(await transmissionsOf(invoice.id)).toMatchObject([{ status: "PENDING", attempts: 0, failedAt: null }]);
    const retryAudit = await db.auditLog.findFirstOrThrow({ where: { action: "invoice.transmission-retry", entityId: invoice.id } });
    expect(retryAudit).toMatchObject({ actorEmail: "staff@komponent.dk", before: { status: "FAILED", attempts: MAX_TRANSMISSION_ATTEMPTS } });

    expect(await deliverTransmissions({ transport, now })).toMatchObject({ sent: 1 });
    expect(delivered).toEqual(["K2030-F-0001"]);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "SENT" });
  });

  it("two workers claim with SKIP LOCKED: each document goes out exactly once, and a locked row is skipped without waiting", async (ctx) => {
    // Two workers need two connections; the embedded database takes one connection only.
    if (process.env.DATABASE_POOL_MAX === "1") ctx.skip();
    const invoices = [];
    for (let i = 0; i < 7; i++) invoices.push((await issued(1, i)).invoice);
    const { delivered, transport } = fakeTransport({ delayMs: 50 });
    const rounds = await Promise.all([deliverTransmissions({ transport, now: NOW }), deliverTransmissions({ transport, now: NOW })]);
    // Both workers got work (a batch is 5): neither waited for the other's claim.
    expect(rounds.every((r) => r.sent > 0)).toBe(true);
    expect(rounds[0]!.sent + rounds[1]!.sent).toBe(7);
    expect(delivered.sort()).toEqual(invoices.map((i) => i.displayNumber).sort());
    expect(await db.emailOutbox.count({ where: { kind: "invoice" } })).toBe(14);

    // A row another worker holds a lock on is skipped, not waited for.
    const { invoice } = await issued(1, 8);
    const { invoice: free } = await issued(1, 9);
    const client = await testPool().connect();
    try {
      await client.query("BEGIN");
      await client.query(`SELECT id FROM "InvoiceTransmission" WHERE "invoiceId" = $1 FOR UPDATE`, [invoice.id]);
      const started = Date.now();
      expect(await deliverTransmissions({ transport, now: NOW })).toMatchObject({ sent: 1 });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(delivered).toContain(free.displayNumber);
      expect(delivered).not.toContain(invoice.displayNumber);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
    expect(await deliverTransmissions({ transport, now: NOW })).toMatchObject({ sent: 1 });
  });

  it("a row whose worker died mid-delivery is claimed again once its lease has run out", async () => {
    const { invoice } = await issued(1);
    // A worker claimed it (the lease) and died before settling it.
    await testPool().query(`UPDATE "InvoiceTransmission" SET status = 'SENDING', attempts = 1, "nextAttemptAt" = $2 WHERE "invoiceId" = $1`, [invoice.id, later(5 * 60_000)]);
    const { delivered, transport } = fakeTransport();
    expect(await deliverTransmissions({ transport, now: later(60_000) })).toMatchObject({ sent: 0 });
    expect(await deliverTransmissions({ transport, now: later(5 * 60_000) })).toMatchObject({ sent: 1 });
    expect(delivered).toEqual([invoice.displayNumber]);
    expect(await transmissionsOf(invoice.id)).toMatchObject([{ status: "SENT", attempts: 2 }]);
  });

  it("POSTs to an access point with the bearer token while no transaction holds the invoice; a refusal is an attempt to retry", async () => {
    const received: { auth?: string; key?: string; format?: string; body: string; invoiceLockFree: boolean; idleInTransaction: number }[] = [];
    let refuse = true;
    let invoiceId = "";
    const server = createServer(async (req: IncomingMessage, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      // No network call inside a transaction: nobody holds the invoice's row lock, and no
      // connection of this database sits in an open transaction, while the POST is under way.
      const client = await testPool().connect();
      let invoiceLockFree = true;
      try {
        await client.query("BEGIN");
        await client.query(`SELECT id FROM "Invoice" WHERE id = $1 FOR UPDATE NOWAIT`, [invoiceId]);
      } catch {
        invoiceLockFree = false;
      } finally {
        await client.query("ROLLBACK");
        client.release();
      }
      const idle = await testPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()`);
      received.push({ auth: req.headers.authorization, key: req.headers["idempotency-key"] as string, format: req.headers["x-document-format"] as string, body, invoiceLockFree, idleInTransaction: idle.rows[0]!.n });
      res.statusCode = refuse ? 503 : 202;
      res.end(refuse ? "down for maintenance" : "accepted");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/documents`;
      const transport = accessPointChannel({ url, token: "hemmelig" });
      const { invoice } = await issued(2);
      invoiceId = invoice.id;

      expect(await deliverTransmissions({ transport, now: NOW })).toMatchObject({ failed: 1 });
      expect(await transmissionsOf(invoice.id)).toMatchObject([{ status: "PENDING", attempts: 1, lastError: expect.stringMatching(/HTTP 503 down for maintenance/) }]);
      expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("ISSUED");

      refuse = false;
      expect(await deliverTransmissions({ transport, now: later(backoffMs(1)) })).toMatchObject({ sent: 1 });
      expect(received).toHaveLength(2);
      expect(received[1]).toMatchObject({ auth: "Bearer hemmelig", key: invoice.id, format: "peppol", invoiceLockFree: true, idleInTransaction: 0 });
      expect(received[0]).toMatchObject({ invoiceLockFree: true, idleInTransaction: 0 });
      expect(received[1]!.body).toContain("<cbc:ID>K2030-F-0001</cbc:ID>");
      expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("SENT");
    } finally {
      server.close();
    }
  });

  it("keeps a credited invoice CREDITED when it goes out after its credit note", async () => {
    const { invoice } = await issued(1);
    const note = await creditInvoice({ invoiceId: invoice.id, reason: "Annulleret", actor });
    const { dir, transport } = folder();
    expect(await deliverTransmissions({ transport, now: NOW })).toMatchObject({ sent: 2 });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("CREDITED");
    expect((await db.invoice.findUniqueOrThrow({ where: { id: note.id } })).status).toBe("SENT");
    expect(readdirSync(dir)).toContain("kreditnota-K2030-K-0001.peppol.xml");
  });
});

describe("receiver formats", () => {
  it("only staff set them; an EAN must be valid; removing an EAN's own format lets the municipality's apply again", async () => {
    const staff = await staffUser();
    const director = { ...staff, id: "d", email: "direktor@example.dk", role: "DIRECTOR" as const };
    const code = municipalityCode(0);
    await expect(setMunicipalityFormat({ actor: director, municipalityCode: code, format: "OIOUBL_21" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setEanFormat({ actor: staff, ean: "5798000000019", municipalityCode: code, format: "OIOUBL_21", note: "" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await receiverFormatFor({ ean: VALID_EANS[0]!, municipalityCode: code })).toBe("PEPPOL_BIS3");

    await setMunicipalityFormat({ actor: staff, municipalityCode: code, format: "OIOUBL_21" });
    expect(await setMunicipalityFormat({ actor: staff, municipalityCode: code, format: "OIOUBL_21" })).toEqual({ changed: false });
    await setEanFormat({ actor: staff, ean: ` ${VALID_EANS[0]} `, municipalityCode: code, format: "PEPPOL_BIS3", note: "NemHandel-registret" });
    expect(await receiverFormatFor({ ean: VALID_EANS[0]!, municipalityCode: code })).toBe("PEPPOL_BIS3");
    expect(await receiverFormatFor({ ean: VALID_EANS[1]!, municipalityCode: code })).toBe("OIOUBL_21");
    await removeEanFormat({ actor: staff, ean: VALID_EANS[0]! });
    expect(await receiverFormatFor({ ean: VALID_EANS[0]!, municipalityCode: code })).toBe("OIOUBL_21");
    expect((await db.auditLog.findMany({ where: { action: { startsWith: "receiver-format." } }, orderBy: { at: "asc" } })).map((a) => a.action)).toEqual([
      "receiver-format.update",
      "receiver-format.ean-set",
      "receiver-format.ean-remove",
    ]);
  });
});

describe("resending", () => {
  it("an unforced resend of a sent invoice does nothing; a forced one repeats the e-mail, the e-invoice only when asked, keeps sentAt and audits who asked", async () => {
    const staff = await staffUser();
    const { direction, invoice } = await issued(2);
    const { delivered, transport } = fakeTransport();
    await deliverTransmissions({ transport, now: NOW });
    const mailsTo = () => db.emailOutbox.count({ where: { kind: "invoice", to: direction.contactEmail } });
    expect(await mailsTo()).toBe(1);

    expect(await resendInvoice({ actor: staff, invoiceId: invoice.id })).toEqual({ transmitted: false, resent: false });
    expect(await resendInvoice({ actor: staff, invoiceId: invoice.id, force: true })).toEqual({ transmitted: true, resent: true });
    await deliverTransmissions({ transport, now: later(60_000) });
    expect(await mailsTo()).toBe(2);
    expect(delivered).toEqual(["K2030-F-0001"]);

    await resendInvoice({ actor: staff, invoiceId: invoice.id, force: true, resendEInvoice: true });
    await deliverTransmissions({ transport, now: later(120_000) });
    expect(await mailsTo()).toBe(3);
    expect(delivered).toEqual(["K2030-F-0001", "K2030-F-0001"]);

    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "SENT", sentAt: NOW });
    const resent = await db.auditLog.findMany({ where: { action: "invoice.resent", entityId: invoice.id }, orderBy: { at: "asc" } });
    expect(resent.map((r) => [r.actorEmail, (r.after as { channels: string[] }).channels])).toEqual([
      ["staff@komponent.dk", ["email"]],
      ["staff@komponent.dk", ["e-invoice-access-point", "email"]],
    ]);
  });
});
