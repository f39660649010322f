import { beforeEach, describe, expect, it } from "vitest";

import { db, transaction } from "../../src/server/db";
import { SYSTEM_ACTOR } from "../../src/server/auth/actor";
import { issueInvoice } from "../../src/server/invoices/issue-invoice";
import { creditInvoice } from "../../src/server/invoices/credit-invoice";
import { markInvoicePaid } from "../../src/server/invoices/mark-invoice-paid";
import { loadInvoiceDocument } from "../../src/server/invoices/load-invoice-document";
import { renderPeppolUbl } from "../../src/server/invoices/render/peppol-ubl";
import { renderOioubl } from "../../src/server/invoices/render/oioubl";
import { isGapless } from "../../src/domain/invoice-numbering";
import { formatAmount } from "../../src/lib/format";
import { DomainError } from "../../src/domain/errors";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode, VALID_EANS } from "../support/factories";
import { correctInvoiceDetails } from "../../src/server/invoices/correct-invoice-details";
import { officialRuleFailures, RULES_TIMEOUT_MS } from "../support/einvoice-rules";
import { moveDirection } from "../../src/server/directions/move-direction";
import type { CurrentUser } from "../../src/server/auth/session";

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
        `INSERT INTO "Invoice" (id, "directionId", kind, series, number, "displayNumber", "issueDate", "dueDate", "buyerName", "buyerStreet", "buyerPostalCode", "buyerCity", "buyerEan", "buyerCvr", "buyerOrderNumber", "buyerPersonReference", "sellerName", "sellerStreet", "sellerPostalCode", "sellerCity", "sellerCvr", "sellerEmail", "sellerPhone", "sellerBankReg", "sellerBankAccount", "netOre", "vatOre", "grossOre", "vatRateBasisPoints")
         SELECT 'manual', "directionId", kind, series, 99, 'X', "issueDate", "dueDate", "buyerName", "buyerStreet", "buyerPostalCode", "buyerCity", $2, $3, "buyerOrderNumber", "buyerPersonReference", "sellerName", "sellerStreet", "sellerPostalCode", "sellerCity", "sellerCvr", "sellerEmail", "sellerPhone", "sellerBankReg", "sellerBankAccount", "netOre", "vatOre", "grossOre", "vatRateBasisPoints" FROM "Invoice" WHERE id = $1`,
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
  it(
    "invoices for 1, 5 and 40 participants, a supplementary invoice, partial and full credit notes, a corrected re-issue and a re-issue after a cohort move all pass the official Peppol and OIOUBL rules",
    async () => {
      const programme = await createProgramme({ maxParticipantsPerDirection: 40 });
      const cohort = await createCohort(programme.id, { maxParticipants: 40 });
      const other = await createCohort(programme.id, { number: 2, slug: "hold-andet", maxParticipants: 40 });
      const third = await createCohort(programme.id, { number: 3, slug: "hold-tredje" });
      const make = (index: number, participants: number, cohortId = cohort.id) => createDirection({ programmeId: programme.id, cohortId, municipalityCode: municipalityCode(index), participants });
      const one = await make(0, 1);
      const five = await make(1, 5);
      await db.direction.update({ where: { id: five.id }, data: { accountingString: "1.2.3-4567 / Lederudvikling" } });
      const forty = await make(2, 40, other.id);
      const mover = await make(3, 3);

      const first = (await issue(one.id))!;
      const invoice = (await issue(five.id))!;
      const large = (await issue(forty.id))!;
      await addParticipant(five.id, "Åse Ærø-Øster & Co.");
      const supplementary = (await issue(five.id))!;
      const partial = await creditInvoice({ invoiceId: invoice.id, quantity: 2, reason: "Afmelding af to deltagere", actor });
      const full = await creditInvoice({ invoiceId: first.id, reason: "Tilmeldingen annulleret", actor });
      const moved = (await issue(mover.id))!;
      const staffRow = await db.user.create({ data: { email: "staff@komponent.dk", role: "STAFF" } });
      const staff: CurrentUser = { id: staffRow.id, email: staffRow.email, name: null, role: "STAFF", partnerCode: null };
      await moveDirection({ actor: staff, directionId: mover.id, targetCohortId: third.id, now: NOW });
      const afterMove = await db.invoice.findMany({ where: { directionId: mover.id, id: { not: moved.id } }, orderBy: { createdAt: "asc" } });
      expect(afterMove.map((i) => i.kind)).toEqual(["CREDIT_NOTE", "INVOICE"]);
      expect(large.netOre).toBe(40 * 1_490_000);

      // Staff correct the EAN, order number and personreference: a credit note and a new invoice.
      const wrong = await make(4, 2);
      const wrongInvoice = (await issue(wrong.id))!;
      const { ean: _ean, orderNumber: _order, personReference: _ref, ...kept } = wrong;
      const corrected = await correctInvoiceDetails({
        actor: { id: staffRow.id, email: staffRow.email, role: "STAFF" },
        directionId: wrong.id,
        input: { ean: VALID_EANS[2]!, cvr: kept.cvr, orderNumber: "PO-RETTET-7", personReference: "Rettet Reference", accountingString: kept.accountingString, billingName: kept.billingName, billingStreet: kept.billingStreet, billingPostalCode: kept.billingPostalCode, billingCity: kept.billingCity },
        now: NOW,
      });
      expect(corrected.credited.map((i) => i.id)).toEqual([wrongInvoice.id]);
      expect(corrected.invoice!.buyerOrderNumber).toBe("PO-RETTET-7");

      const documents = [];
      for (const [label, id] of [
        ["1 participant", first.id],
        ["5 participants", invoice.id],
        ["40 participants", large.id],
        ["supplementary invoice", supplementary.id],
        ["partial credit note", partial.id],
        ["full credit note", full.id],
        ["credit note of a move", afterMove[0]!.id],
        ["re-issue after a move", afterMove[1]!.id],
        ["credit note of a correction", corrected.creditNotes[0]!.id],
        ["corrected re-issue", corrected.invoice!.id],
      ] as const) {
        documents.push({ label, document: (await loadInvoiceDocument({ invoiceId: id }))!.document });
      }
      expect(documents.find((d) => d.label === "re-issue after a move")!.document.lines[0]!.description).toContain(third.title);
      expect(await officialRuleFailures(documents)).toEqual([]);
    },
    RULES_TIMEOUT_MS,
  );
});

describe("seller snapshot", () => {
  it("keeps the seller's name, address, CVR and bank details as they were at issue, whatever the programme says later", async () => {
    const { programme, direction } = await directionWith(2);
    const invoice = (await issue(direction.id))!;
    expect(invoice).toMatchObject({ sellerName: programme.sellerName, sellerCvr: programme.sellerCvr, sellerBankReg: programme.sellerBankReg, sellerBankAccount: programme.sellerBankAccount });
    await db.programme.update({ where: { id: programme.id }, data: { sellerName: "Nyt Navn ApS", sellerStreet: "Ny Vej 1", sellerCvr: "25313763", sellerBankReg: "9999", sellerBankAccount: "1111111111", sellerIban: "DK5000400440116243" } });
    const { document } = (await loadInvoiceDocument({ invoiceId: invoice.id }))!;
    expect(document.seller).toMatchObject({ name: programme.sellerName, street: programme.sellerStreet, cvr: programme.sellerCvr, bankReg: programme.sellerBankReg, bankAccount: programme.sellerBankAccount, iban: programme.sellerIban });
    expect(renderPeppolUbl(document)).toContain(programme.sellerName);
    expect(renderOioubl(document)).not.toContain("Nyt Navn ApS");

    // A credit note is a new document: it carries the seller as at its own issue.
    const note = await creditInvoice({ invoiceId: invoice.id, quantity: 1, reason: "Afmeldt", actor });
    expect(note).toMatchObject({ sellerName: "Nyt Navn ApS", sellerBankAccount: "1111111111" });
    await expect(testPool().query(`UPDATE "Invoice" SET "sellerName" = 'Snyd' WHERE id = $1`, [invoice.id])).rejects.toThrow(/immutable/);
  });
});
