import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

// Read once by src/env.ts on first use, so set before any test touches the app code.
const outgoingDir = mkdtempSync(path.join(os.tmpdir(), "k2030-outgoing-"));
process.env.OUTGOING_INVOICE_DIR = outgoingDir;
process.env.INVOICE_COPY_EMAIL = "bogholderi@komponent.example.dk";

import { db, transaction } from "../../src/server/db";
import { SYSTEM_ACTOR } from "../../src/server/audit/record-audit";
import { issueInvoice } from "../../src/server/invoicing/issue-invoice";
import { creditInvoice } from "../../src/server/invoicing/credit-invoice";
import { markInvoicePaid } from "../../src/server/invoicing/mark-invoice-paid";
import { transmitInvoice } from "../../src/server/invoicing/transmit-invoice";
import { loadInvoiceDocument } from "../../src/server/invoicing/load-invoice-document";
import { renderPeppolUbl } from "../../src/server/invoicing/peppol-ubl";
import { renderOioubl } from "../../src/server/invoicing/oioubl";
import { accessPointChannel } from "../../src/server/invoicing/transmission/e-invoice-channel";
import { isGapless } from "../../src/domain/invoice-numbering";
import { formatAmount } from "../../src/lib/format";
import { DomainError } from "../../src/domain/errors";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode } from "../support/factories";
import { validatePeppol } from "../support/peppol-validate";
import { oioublViolations } from "../support/oioubl-validate";

beforeEach(resetDatabase);

const actor = SYSTEM_ACTOR;
const NOW = new Date("2026-11-26T10:00:00Z");

async function directionWith(participants: number, index = 0) {
  const programme = await createProgramme();
  const cohort = await createCohort(programme.id);
  const direction = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(index), participants });
  return { programme, cohort, direction };
}

function issue(directionId: string, now = NOW) {
  return transaction((tx) => issueInvoice(tx, { directionId, actor, now }));
}

async function addParticipant(directionId: string, name: string) {
  return db.participant.create({ data: { directionId, name, jobTitle: "Direktør", field: "SOCIAL_HEALTH", email: `${name.replace(/\W/g, "").toLowerCase()}@example.dk` } });
}

async function fatalPeppolFailures(xml: string) {
  return (await validatePeppol(xml)).failed.filter((f) => f.flag === "fatal").map((f) => `${f.id}: ${f.text}`);
}

describe("issuing invoices", () => {
  it("numbers invoices issued in parallel 1..50 with no gap and no duplicate, even when transactions roll back after taking a number", async () => {
    const programme = await createProgramme();
    // At most 4 cohorts of 10 confirmed directions per programme (a database CHECK), so
    // 40 directions take their first invoice in parallel, then 10 of them a supplementary one.
    const cohorts = [];
    for (let number = 1; number <= 4; number++) cohorts.push(await createCohort(programme.id, { number, slug: `hold-par-${number}` }));
    const { rows } = await testPool().query<{ code: string }>(`SELECT code FROM "Municipality" ORDER BY code LIMIT 40`);
    const directions: Awaited<ReturnType<typeof createDirection>>[] = [];
    for (const [i, { code }] of rows.entries()) {
      directions.push(await createDirection({ programmeId: programme.id, cohortId: cohorts[i % 4]!.id, municipalityCode: code, participants: 2 }));
    }
    const rolledBack = new Set([3, 11, 19, 27, 35]);
    const forced = new Error("forced rollback after taking a number");
    const takenInRollbacks: number[] = [];

    const round1 = await Promise.allSettled(
      directions.map((d, i) =>
        transaction(async (tx) => {
          const invoice = await issueInvoice(tx, { directionId: d.id, actor, now: NOW });
          if (rolledBack.has(i)) {
            takenInRollbacks.push(invoice!.number);
            throw forced;
          }
          return invoice;
        }),
      ),
    );
    expect(round1.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([forced, forced, forced, forced, forced]);
    expect(takenInRollbacks).toHaveLength(5);

    const supplemented = directions.filter((_, i) => !rolledBack.has(i)).slice(0, 10);
    for (const d of supplemented) await addParticipant(d.id, `Ny deltager ${d.id}`);
    const round2 = await Promise.all([...[...rolledBack].map((i) => directions[i]!), ...supplemented].map((d) => issue(d.id)));
    expect(round2.every((invoice) => invoice !== null)).toBe(true);

    const invoices = await db.invoice.findMany({ where: { series: "F" }, include: { lines: true } });
    expect(invoices).toHaveLength(50);
    expect(isGapless(invoices.map((i) => i.number))).toBe(true);
    expect(new Set(invoices.map((i) => i.displayNumber)).size).toBe(50);
    expect(invoices.map((i) => i.displayNumber)).toContain("K2030-F-0050");
    const counter = await db.invoiceCounter.findUniqueOrThrow({ where: { programmeId_series: { programmeId: programme.id, series: "F" } } });
    expect(counter.lastNumber).toBe(50);

    const supplementary = invoices.filter((i) => i.lines[0]!.description.startsWith("Tillæg: "));
    expect(supplementary).toHaveLength(10);
    expect(supplementary.every((i) => i.lines[0]!.quantity === 1 && i.netOre === 1_490_000)).toBe(true);
    // Nothing more is due for anyone.
    expect(await Promise.all(directions.map((d) => issue(d.id)))).toEqual(directions.map(() => null));
  });

  it("issues one invoice when two issuers race for the same direction", async () => {
    const { direction } = await directionWith(3);
    const results = await Promise.all([issue(direction.id), issue(direction.id), issue(direction.id)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.invoice.count()).toBe(1);
  });

  it("snapshots the buyer and shows 74.500,00 net, 18.625,00 moms and 93.125,00 total for 5 participants", async () => {
    const { direction, cohort } = await directionWith(5);
    await db.direction.update({ where: { id: direction.id }, data: { accountingString: "1.2.3-4567" } });
    const invoice = (await issue(direction.id, new Date("2026-12-31T23:30:00Z")))!;
    expect(invoice).toMatchObject({
      kind: "INVOICE",
      status: "ISSUED",
      displayNumber: "K2030-F-0001",
      buyerEan: direction.ean,
      buyerCvr: direction.cvr,
      buyerOrderNumber: direction.orderNumber,
      buyerPersonReference: direction.personReference,
      buyerAccountingString: "1.2.3-4567",
      buyerName: direction.billingName,
      buyerStreet: direction.billingStreet,
    });
    expect([formatAmount(invoice.netOre), formatAmount(invoice.vatOre), formatAmount(invoice.grossOre)]).toEqual(["74.500,00", "18.625,00", "93.125,00"]);

    const { document } = (await loadInvoiceDocument({ invoiceId: invoice.id }))!;
    // Copenhagen's calendar date, not UTC's; 30 days' payment terms.
    expect(document.issueDate).toBe("2027-01-01");
    expect(document.dueDate).toBe("2027-01-31");
    expect(document.lines).toEqual([
      { position: 1, description: `Deltagelse i Kommunestyret 2030, ${cohort.title}: 12-12 seminar inkl. overnatning og opfølgningsdag`, quantity: 5, unitPriceOre: 1_490_000, lineNetOre: 7_450_000 },
    ]);
    expect(document.note).toContain(direction.participants[0]!.name);

    // Later edits of the direction never reach the issued invoice.
    await db.direction.update({ where: { id: direction.id }, data: { billingName: "Et andet navn", orderNumber: "NY-1" } });
    const again = (await loadInvoiceDocument({ invoiceId: invoice.id }))!.document;
    expect(again.buyer.name).toBe(direction.billingName);
    expect(again.buyer.orderNumber).toBe(direction.orderNumber);

    const audit = await db.auditLog.findMany({ where: { entityType: "Invoice", entityId: invoice.id } });
    expect(audit.map((a) => a.action)).toEqual(["invoice.issue"]);
  });

  it("issues nothing for a waitlisted direction", async () => {
    const programme = await createProgramme();
    const cohort = await createCohort(programme.id);
    const waiting = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), status: "WAITLISTED", waitlistPosition: 1 });
    expect(await issue(waiting.id)).toBeNull();
  });
});

describe("database backstops for issued invoices", () => {
  it("refuses changing an issued invoice's amounts, buyer or lines, and deleting it; allows status changes", async () => {
    const { direction } = await directionWith(5);
    const invoice = (await issue(direction.id))!;
    const sql = testPool();
    await expect(sql.query(`UPDATE "Invoice" SET "netOre" = 100, "vatOre" = 25, "grossOre" = 125 WHERE id = $1`, [invoice.id])).rejects.toThrow(/immutable/);
    await expect(sql.query(`UPDATE "Invoice" SET "buyerName" = 'Snyd' WHERE id = $1`, [invoice.id])).rejects.toThrow(/immutable/);
    await expect(sql.query(`UPDATE "Invoice" SET "buyerEan" = '5798000000025' WHERE id = $1`, [invoice.id])).rejects.toThrow(/immutable/);
    await expect(sql.query(`UPDATE "InvoiceLine" SET quantity = 1, "lineNetOre" = "unitPriceOre" WHERE "invoiceId" = $1`, [invoice.id])).rejects.toThrow(/cannot be changed/);
    await expect(sql.query(`DELETE FROM "InvoiceLine" WHERE "invoiceId" = $1`, [invoice.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(sql.query(`DELETE FROM "Invoice" WHERE id = $1`, [invoice.id])).rejects.toThrow(/cannot be deleted/);
    await expect(sql.query(`UPDATE "InvoiceCounter" SET "lastNumber" = 0`)).rejects.toThrow(/never move backwards/);

    await sql.query(`UPDATE "Invoice" SET status = 'PAID', "paidAt" = now() WHERE id = $1`, [invoice.id]);
    const paid = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.netOre).toBe(7_450_000);
  });

  it("marks an invoice paid through the use case, with an audit entry; a credited invoice cannot be paid", async () => {
    const { direction } = await directionWith(2);
    const invoice = (await issue(direction.id))!;
    const paid = await markInvoicePaid({ invoiceId: invoice.id, actor, paidAt: NOW });
    expect(paid).toMatchObject({ status: "PAID", paidAt: NOW });
    expect((await markInvoicePaid({ invoiceId: invoice.id, actor })).paidAt).toEqual(NOW);
    expect(await db.auditLog.count({ where: { action: "invoice.mark-paid", entityId: invoice.id } })).toBe(1);

    const other = await createDirection({ programmeId: direction.programmeId, cohortId: direction.cohortId, municipalityCode: municipalityCode(1), participants: 1 });
    const second = (await issue(other.id))!;
    await creditInvoice({ invoiceId: second.id, reason: "Annulleret", actor });
    await expect(markInvoicePaid({ invoiceId: second.id, actor })).rejects.toMatchObject({ code: "INVOICE_ALREADY_CREDITED" });
    await expect(testPool().query(`UPDATE "Invoice" SET status = 'PAID' WHERE id = $1`, [second.id])).rejects.toThrow(/credited invoice cannot change status/);
  });

  it("keeps an invalid EAN or CVR from ever reaching an invoice", async () => {
    const { direction } = await directionWith(1);
    const sql = testPool();
    // The direction itself refuses them…
    await expect(sql.query(`UPDATE "Direction" SET ean = '5798000000019' WHERE id = $1`, [direction.id])).rejects.toThrow(/Direction_ean_check/);
    await expect(sql.query(`UPDATE "Direction" SET cvr = '55133019' WHERE id = $1`, [direction.id])).rejects.toThrow(/Direction_cvr_check/);
    // …and so does the invoice table, even for a hand-written insert.
    const invoice = (await issue(direction.id))!;
    const copy = (overrides: Record<string, string>) =>
      sql.query(
        `INSERT INTO "Invoice" (id, "directionId", kind, series, number, "displayNumber", "issueDate", "dueDate", "buyerName", "buyerStreet", "buyerPostalCode", "buyerCity", "buyerEan", "buyerCvr", "buyerOrderNumber", "buyerPersonReference", "netOre", "vatOre", "grossOre", "vatRateBasisPoints")
         SELECT 'manual', "directionId", kind, series, 99, 'X', "issueDate", "dueDate", "buyerName", "buyerStreet", "buyerPostalCode", "buyerCity", $2, $3, "buyerOrderNumber", "buyerPersonReference", "netOre", "vatOre", "grossOre", "vatRateBasisPoints" FROM "Invoice" WHERE id = $1`,
        [invoice.id, overrides.ean ?? invoice.buyerEan, overrides.cvr ?? invoice.buyerCvr],
      );
    await expect(copy({ ean: "5798000000019" })).rejects.toThrow(/Invoice_buyer_ean_check/);
    await expect(copy({ ean: "579800000001" })).rejects.toThrow(/Invoice_buyer_ean_check/);
    await expect(copy({ cvr: "55133019" })).rejects.toThrow(/Invoice_buyer_cvr_check/);
    await expect(copy({ cvr: "05133018" })).rejects.toThrow(/Invoice_buyer_cvr_check/);
    expect(await db.invoice.count()).toBe(1);
  });
});

describe("credit notes", () => {
  it("credits partially, then the rest, never more than remains, and marks the invoice CREDITED", async () => {
    const { direction } = await directionWith(5);
    const invoice = (await issue(direction.id))!;

    const partial = await creditInvoice({ invoiceId: invoice.id, quantity: 2, reason: "To deltagere afmeldt", actor, now: NOW });
    expect(partial).toMatchObject({ kind: "CREDIT_NOTE", series: "K", number: 1, displayNumber: "K2030-K-0001", creditedInvoiceId: invoice.id, netOre: 2_980_000, vatOre: 745_000, grossOre: 3_725_000, buyerEan: invoice.buyerEan, buyerOrderNumber: invoice.buyerOrderNumber });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("ISSUED");

    await expect(creditInvoice({ invoiceId: invoice.id, quantity: 4, reason: "For mange", actor })).rejects.toMatchObject({ code: "CREDIT_EXCEEDS_INVOICE" });
    await expect(creditInvoice({ invoiceId: invoice.id, quantity: 0, reason: "Ingen", actor })).rejects.toBeInstanceOf(DomainError);

    const rest = await creditInvoice({ invoiceId: invoice.id, reason: "Tilmeldingen annulleret", actor, now: NOW });
    expect(rest).toMatchObject({ displayNumber: "K2030-K-0002", netOre: 4_470_000, grossOre: 5_587_500 });
    expect(partial.grossOre + rest.grossOre).toBe(invoice.grossOre);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("CREDITED");
    await expect(creditInvoice({ invoiceId: invoice.id, quantity: 1, reason: "Igen", actor })).rejects.toMatchObject({ code: "INVOICE_ALREADY_CREDITED" });
    await expect(creditInvoice({ invoiceId: partial.id, reason: "Kredit af kredit", actor })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("invoices a seat again when a credited participant is replaced by a new one", async () => {
    const { direction } = await directionWith(3);
    const invoice = (await issue(direction.id))!;
    await db.participant.update({ where: { id: direction.participants[2]!.id }, data: { status: "CANCELLED" } });
    await creditInvoice({ invoiceId: invoice.id, quantity: 1, reason: "Afmeldt", actor });
    expect(await issue(direction.id)).toBeNull();
    await addParticipant(direction.id, "Ny Kollega");
    const supplementary = (await issue(direction.id))!;
    expect(supplementary.netOre).toBe(1_490_000);
    const lines = await db.invoiceLine.findMany({ where: { invoiceId: supplementary.id } });
    expect(lines[0]!.description).toMatch(/^Tillæg: Deltagelse i Kommunestyret 2030/);
  });

  it("takes concurrent partial credits one at a time", async () => {
    const { direction } = await directionWith(3);
    const invoice = (await issue(direction.id))!;
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => creditInvoice({ invoiceId: invoice.id, quantity: 1, reason: "Afmeldt", actor })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    const notes = await db.invoice.findMany({ where: { series: "K" } });
    expect(isGapless(notes.map((n) => n.number))).toBe(true);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("CREDITED");
  });
});

describe("electronic documents from real rows", () => {
  it("renders invoice, supplementary invoice and credit note as Peppol BIS 3 that passes both schematrons, and as OIOUBL simple profile", async () => {
    const { direction } = await directionWith(5);
    await db.direction.update({ where: { id: direction.id }, data: { accountingString: "1.2.3-4567 / Lederudvikling" } });
    const invoice = (await issue(direction.id))!;
    await addParticipant(direction.id, "Åse Ærø-Øster");
    const supplementary = (await issue(direction.id))!;
    const creditNote = await creditInvoice({ invoiceId: invoice.id, quantity: 2, reason: "Afmelding af to deltagere", actor });

    for (const { id } of [invoice, supplementary, creditNote]) {
      const { document } = (await loadInvoiceDocument({ invoiceId: id }))!;
      const peppol = renderPeppolUbl(document);
      expect(await fatalPeppolFailures(peppol), `${document.number} (Peppol)`).toEqual([]);
      const oioubl = renderOioubl(document);
      expect(oioublViolations(oioubl), `${document.number} (OIOUBL)`).toEqual([]);
      expect(oioubl).toContain("<cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.1\">Procurement-BilSim-1.0</cbc:ProfileID>");
      expect(oioubl).toContain(`<cac:Contact><cbc:ID>${direction.personReference}</cbc:ID></cac:Contact>`);
    }
    const peppolInvoice = renderPeppolUbl((await loadInvoiceDocument({ invoiceId: invoice.id }))!.document);
    expect(peppolInvoice).toContain('<cbc:TaxExclusiveAmount currencyID="DKK">74500.00</cbc:TaxExclusiveAmount>');
    expect(peppolInvoice).toContain('<cbc:PayableAmount currencyID="DKK">93125.00</cbc:PayableAmount>');
    expect(peppolInvoice).toContain(`<cbc:EndpointID schemeID="0088">${direction.ean}</cbc:EndpointID>`);
    const peppolCredit = renderPeppolUbl((await loadInvoiceDocument({ invoiceId: creditNote.id }))!.document);
    expect(peppolCredit).toContain("<cbc:ID>K2030-F-0001</cbc:ID>");
  });
});

describe("transmission", () => {
  it("writes both XML files, queues the e-mail with the PDF to the contact and the bookkeeping copy, marks SENT, and does it once", async () => {
    const { direction } = await directionWith(5);
    const invoice = (await issue(direction.id))!;

    const results = await Promise.all([transmitInvoice({ invoiceId: invoice.id, deliverNow: false, now: NOW }), transmitInvoice({ invoiceId: invoice.id, deliverNow: false, now: NOW })]);
    expect(results.filter((r) => r.transmitted)).toHaveLength(1);
    expect(await transmitInvoice({ invoiceId: invoice.id, deliverNow: false })).toMatchObject({ transmitted: false });

    const sent = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(sent.status).toBe("SENT");
    expect(sent.sentAt).toEqual(NOW);

    const files = readdirSync(outgoingDir).filter((f) => f.includes("K2030-F-0001")).sort();
    expect(files).toEqual(["faktura-K2030-F-0001.oioubl.xml", "faktura-K2030-F-0001.peppol.xml"]);
    const peppol = readFileSync(path.join(outgoingDir, "faktura-K2030-F-0001.peppol.xml"), "utf8");
    expect(await fatalPeppolFailures(peppol)).toEqual([]);
    expect(oioublViolations(readFileSync(path.join(outgoingDir, "faktura-K2030-F-0001.oioubl.xml"), "utf8"))).toEqual([]);

    const mails = await db.emailOutbox.findMany({ where: { kind: "invoice" }, orderBy: { to: "asc" } });
    expect(mails.map((m) => m.to).sort()).toEqual(["bogholderi@komponent.example.dk", direction.contactEmail].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe("Faktura K2030-F-0001 – Kommunestyret 2030");
      expect(mail.text).toContain("93.125,00 kr.");
      const [attachment, ...more] = mail.attachments as { filename: string; contentType: string; contentBase64: string }[];
      expect(more).toEqual([]);
      expect(attachment).toMatchObject({ filename: "faktura-K2030-F-0001.pdf", contentType: "application/pdf" });
      expect(Buffer.from(attachment!.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    }
    expect(await db.auditLog.count({ where: { action: "invoice.transmit", entityId: invoice.id } })).toBe(1);
  });

  it("keeps a credited invoice CREDITED when it is transmitted late", async () => {
    const { direction } = await directionWith(1);
    const invoice = (await issue(direction.id))!;
    const creditNote = await creditInvoice({ invoiceId: invoice.id, reason: "Annulleret", actor });
    await transmitInvoice({ invoiceId: invoice.id, deliverNow: false });
    await transmitInvoice({ invoiceId: creditNote.id, deliverNow: false });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("CREDITED");
    expect((await db.invoice.findUniqueOrThrow({ where: { id: creditNote.id } })).status).toBe("SENT");
    expect(readdirSync(outgoingDir)).toContain("kreditnota-K2030-K-0001.peppol.xml");
  });

  it("POSTs to an access point with the bearer token, and rolls the transmission back when it refuses", async () => {
    const received: { auth?: string; key?: string; body: string }[] = [];
    let refuse = true;
    const server = createServer(async (req: IncomingMessage, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      received.push({ auth: req.headers.authorization, key: req.headers["idempotency-key"] as string, body });
      res.statusCode = refuse ? 503 : 202;
      res.end(refuse ? "down for maintenance" : "accepted");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/documents`;
      const channels = [accessPointChannel({ url, token: "hemmelig", format: "peppol" })];
      const { direction } = await directionWith(2);
      const invoice = (await issue(direction.id))!;

      await expect(transmitInvoice({ invoiceId: invoice.id, channels, deliverNow: false })).rejects.toThrow(/HTTP 503/);
      expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("ISSUED");

      refuse = false;
      expect(await transmitInvoice({ invoiceId: invoice.id, channels, deliverNow: false })).toMatchObject({ transmitted: true });
      expect(received).toHaveLength(2);
      expect(received[1]).toMatchObject({ auth: "Bearer hemmelig", key: invoice.id });
      expect(received[1]!.body).toContain("<cbc:ID>K2030-F-0001</cbc:ID>");
      expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("SENT");
    } finally {
      server.close();
    }
  });
});

describe("forced resend", () => {
  it("queues the e-mail with the PDF again, leaves the e-invoice alone unless asked, keeps the first sentAt and audits the resend", async () => {
    const { direction } = await directionWith(2);
    const invoice = (await issue(direction.id))!;
    await transmitInvoice({ invoiceId: invoice.id, deliverNow: false, now: NOW });
    const mailsTo = () => db.emailOutbox.findMany({ where: { kind: "invoice", to: direction.contactEmail }, orderBy: { createdAt: "asc" } });
    expect(await mailsTo()).toHaveLength(1);
    const xml = path.join(outgoingDir, "faktura-K2030-F-0001.peppol.xml");
    const firstWritten = statSync(xml).ino; // each write renames a fresh file into place

    const later = new Date("2026-12-01T09:00:00Z");
    expect(await transmitInvoice({ invoiceId: invoice.id, deliverNow: false, force: true, now: later })).toMatchObject({ transmitted: true, resent: true });

    const mails = await mailsTo();
    expect(mails).toHaveLength(2);
    const [attachment] = mails[1]!.attachments as { filename: string; contentType: string; contentBase64: string }[];
    expect(attachment).toMatchObject({ filename: "faktura-K2030-F-0001.pdf", contentType: "application/pdf" });
    expect(Buffer.from(attachment!.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    expect(mails[1]!.subject).toBe(mails[0]!.subject);
    expect(statSync(xml).ino).toBe(firstWritten);

    const after = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(after.sentAt).toEqual(NOW);
    expect(after.status).toBe("SENT");
    const resent = await db.auditLog.findMany({ where: { action: "invoice.resent", entityId: invoice.id } });
    expect(resent).toHaveLength(1);
    expect(resent[0]!.after).toMatchObject({ channels: ["email"] });

    await transmitInvoice({ invoiceId: invoice.id, deliverNow: false, force: true, resendEInvoice: true, now: later });
    expect(statSync(xml).ino).not.toBe(firstWritten);
    expect(await mailsTo()).toHaveLength(3);
    expect(await db.auditLog.count({ where: { action: "invoice.resent", entityId: invoice.id } })).toBe(2);
  });
});
