import { beforeEach, describe, expect, it } from "vitest";

// Read once by src/env.ts on first use, so set before any test touches the app code.
process.env.INVOICE_COPY_EMAIL = "bogholderi@komponent.example.dk";

import { db, transaction } from "../../src/server/db";
import { DomainError } from "../../src/domain/errors";
import { SYSTEM_ACTOR, type Actor } from "../../src/server/auth/actor";
import { issueInvoice } from "../../src/server/invoices/issue-invoice";
import { markInvoicePaid } from "../../src/server/invoices/mark-invoice-paid";
import { creditAndReissue } from "../../src/server/invoices/credit-and-reissue";
import { creditInvoice } from "../../src/server/invoices/credit-invoice";
import { correctInvoiceDetails } from "../../src/server/invoices/correct-invoice-details";
import { addParticipant } from "../../src/server/participants/add-participant";
import { removeParticipant } from "../../src/server/participants/remove-participant";
import { auditSentence } from "../../src/lib/audit-sentence";
import { deliverTransmissions } from "../../src/server/invoices/deliver-transmissions";
import type { EInvoiceTransport } from "../../src/server/invoices/transmission/e-invoice-channel";
import type { CurrentUser } from "../../src/server/auth/session";
import { resetDatabase } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalityCode, participantInput, VALID_EANS } from "../support/factories";

beforeEach(resetDatabase);

// Seminar 9 March 2027; free cancellation until 26 January 2027.
const NOW = new Date("2027-01-05T10:00:00Z");
const LATE = new Date("2027-02-20T10:00:00Z");
const STAFF: Actor = { id: null, email: "staff@komponent.dk", role: "STAFF" };

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

async function staffUser(): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email: `staff-${Math.random()}@komponent.dk`, role: "STAFF" } });
  return { id: user.id, email: user.email, name: null, role: "STAFF", partnerCode: null };
}

async function invoicedDirection(participants = 3) {
  const programme = await createProgramme();
  const cohort = await createCohort(programme.id);
  const direction = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipalityCode(0), participants });
  const user = await db.user.create({ data: { email: `owner-${direction.id}@example.dk`, role: "DIRECTOR" } });
  await db.direction.update({ where: { id: direction.id }, data: { ownerUserId: user.id } });
  const director: Actor = { id: user.id, email: user.email, role: "DIRECTOR" };
  const invoice = (await transaction((tx) => issueInvoice(tx, { directionId: direction.id, actor: SYSTEM_ACTOR, now: NOW })))!;
  return { programme, cohort, direction, director, invoice };
}

/** Runs the transmission outbox until nothing is due; returns the documents delivered as e-invoices. */
async function deliverAll(now: Date) {
  const delivered: string[] = [];
  const transport: EInvoiceTransport = {
    name: "e-invoice-access-point",
    async deliver({ loaded }) {
      delivered.push(loaded.document.number);
    },
  };
  for (let round = 0; round < 10; round++) {
    const { sent, failed } = await deliverTransmissions({ transport, now });
    expect(failed).toBe(0);
    if (sent === 0) break;
  }
  return delivered;
}

function detailsOf(direction: { ean: string; cvr: string; orderNumber: string; personReference: string; accountingString: string | null; billingName: string; billingStreet: string; billingPostalCode: string; billingCity: string }) {
  const { ean, cvr, orderNumber, personReference, accountingString, billingName, billingStreet, billingPostalCode, billingCity } = direction;
  return { ean, cvr, orderNumber, personReference, accountingString, billingName, billingStreet, billingPostalCode, billingCity };
}

describe("correcting the invoice details", () => {
  it("a director corrects the EAN: the open invoice is credited and one new invoice carries the new EAN, in one go, with one mail and history", async () => {
    const { direction, director, invoice } = await invoicedDirection(3);
    const corrected = await correctInvoiceDetails({ actor: director, directionId: direction.id, input: { ...detailsOf(direction), ean: VALID_EANS[2]!, orderNumber: "PO-RET" }, now: NOW });

    expect(corrected.credited.map((i) => i.id)).toEqual([invoice.id]);
    expect(corrected.creditNotes).toHaveLength(1);
    const [note] = corrected.creditNotes;
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", creditedInvoiceId: invoice.id, buyerEan: VALID_EANS[0], grossOre: invoice.grossOre, keepsSeat: false });
    expect(corrected.invoice).toMatchObject({ kind: "INVOICE", buyerEan: VALID_EANS[2], buyerOrderNumber: "PO-RET", netOre: invoice.netOre, grossOre: invoice.grossOre });
    expect(corrected.invoice!.note).toContain(`Erstatter faktura ${invoice.displayNumber}`);
    const lines = await db.invoiceLine.findMany({ where: { invoiceId: corrected.invoice!.id } });
    expect(lines.map((l) => [l.quantity, l.description.startsWith("Tillæg")])).toEqual([[3, false]]);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("CREDITED");

    // The one mail is the new invoice's, queued by the transmission worker (see below): no
    // separate summary, and nothing queued in the correction's own transaction.
    expect(await db.emailOutbox.count({ where: { directionId: direction.id } })).toBe(0);
    expect(await db.invoiceTransmission.findFirstOrThrow({ where: { invoiceId: corrected.invoice!.id } })).toMatchObject({ channels: ["e-invoice", "email"], withCreditNoteIds: [note!.id] });
    expect(await db.invoiceTransmission.findFirstOrThrow({ where: { invoiceId: note!.id } })).toMatchObject({ channels: ["e-invoice"], withCreditNoteIds: [] });

    const history = await db.auditLog.findMany({ where: { directionId: direction.id }, orderBy: { at: "asc" } });
    expect(history.map((h) => h.action)).toEqual(["invoice.issue", "invoice.credit", "invoice.reissue", "direction.invoice-details.update"]);
    const sentences = history.map((h) => auditSentence(h, { audience: "director", viewerEmail: director.email! }));
    expect(sentences[3]).toMatch(/^Du ændrede fakturaoplysningerne: EAN-nummer 5798000000018 → 5798000000032 og ordrenummer .* → PO-RET; fakturaen blev krediteret \(K2030-K-\d+\) og udstedt på ny med de rettede oplysninger \(K2030-F-\d+\)\.$/);
    expect(sentences[2]).toMatch(/^Der blev udstedt ny faktura K2030-F-\d+ i stedet for K2030-F-\d+ på 44\.700,00 kr\. ekskl\. moms/);
  });

  it("the contact gets exactly one mail for a correction of two invoices: the new invoice with both credit notes attached (and one bookkeeping copy)", async () => {
    const { direction, director, invoice } = await invoicedDirection(2);
    const { invoice: supplement } = await addParticipant({ actor: STAFF, directionId: direction.id, input: participantInput("Sara Supplement"), now: NOW });
    await deliverAll(NOW);
    const before = new Set((await db.emailOutbox.findMany({ select: { id: true } })).map((m) => m.id));

    const corrected = await correctInvoiceDetails({ actor: director, directionId: direction.id, input: { ...detailsOf(direction), ean: VALID_EANS[2]! }, now: NOW });
    expect(corrected.credited.map((i) => i.id).sort()).toEqual([invoice.id, supplement!.id].sort());
    const [first, second] = corrected.creditNotes;
    const fresh = corrected.invoice!;
    // Nothing is queued by the correction itself: the mail waits for the PDFs, rendered by the worker.
    expect((await db.emailOutbox.findMany()).filter((m) => !before.has(m.id))).toEqual([]);

    // Every document still goes out as its own e-invoice, once.
    expect((await deliverAll(NOW)).sort()).toEqual([first!.displayNumber, second!.displayNumber, fresh.displayNumber].sort());
    expect(await deliverAll(NOW)).toEqual([]);

    const mails = (await db.emailOutbox.findMany()).filter((m) => !before.has(m.id));
    expect(mails.map((m) => m.to).sort()).toEqual(["bogholderi@komponent.example.dk", direction.contactEmail].sort());
    for (const mail of mails) {
      expect(mail.kind).toBe("invoice");
      expect(mail.subject).toBe(`Rettet faktura ${fresh.displayNumber} – Kommunestyret 2030`);
      const attachments = mail.attachments as { filename: string; contentType: string; contentBase64: string }[];
      expect(attachments.map((a) => a.filename)).toEqual([fresh, first!, second!].map((d) => `${d.kind === "INVOICE" ? "faktura" : "kreditnota"}-${d.displayNumber}.pdf`));
      for (const attachment of attachments) expect(Buffer.from(attachment.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
      expect(mail.text).toContain(`Kreditnota ${first!.displayNumber} krediterer faktura ${invoice.displayNumber}`);
      expect(mail.text).toContain(`Kreditnota ${second!.displayNumber} krediterer faktura ${supplement!.displayNumber}`);
      expect(mail.text).toContain(`Ny faktura ${fresh.displayNumber}`);
      expect(mail.text).toContain(`De krediterede fakturaer ${invoice.displayNumber} og ${supplement!.displayNumber} skal ikke betales`);
      expect(mail.text).toContain(VALID_EANS[2]!);
    }
    // All three documents are marked sent, each with its own history entry.
    for (const id of [fresh.id, first!.id, second!.id]) expect(await db.auditLog.count({ where: { action: "invoice.transmit", entityId: id } })).toBe(1);
  });

  it("an address or accounting string change alone also re-issues; saving the same details changes nothing", async () => {
    const { direction, director } = await invoicedDirection(2);
    const same = await correctInvoiceDetails({ actor: director, directionId: direction.id, input: detailsOf(direction), now: NOW });
    expect(same.credited).toEqual([]);
    expect(await db.invoice.count()).toBe(1);
    expect(await db.emailOutbox.count({ where: { kind: "invoice-corrected" } })).toBe(0);

    const moved = await correctInvoiceDetails({ actor: director, directionId: direction.id, input: { ...detailsOf(direction), billingStreet: "Torvet 3", accountingString: "1234-5678" }, now: NOW });
    expect(moved.invoice).toMatchObject({ buyerStreet: "Torvet 3", buyerAccountingString: "1234-5678" });
  });

  it("the director may correct until the invoice is paid; staff at any time, and paid invoices stay as they are", async () => {
    const { direction, director, invoice } = await invoicedDirection(2);
    await markInvoicePaid({ invoiceId: invoice.id, actor: STAFF, paidAt: NOW });
    // A participant added later: a supplementary invoice, not paid.
    const { invoice: supplement } = await addParticipant({ actor: STAFF, directionId: direction.id, input: participantInput("Sara Supplement"), now: NOW });
    expect(supplement).not.toBeNull();

    const input = { ...detailsOf(direction), ean: VALID_EANS[3]! };
    expect(await code(correctInvoiceDetails({ actor: director, directionId: direction.id, input, now: NOW }))).toBe("INVOICE_PAID");
    expect((await db.direction.findUniqueOrThrow({ where: { id: direction.id } })).ean).toBe(VALID_EANS[0]);

    const corrected = await correctInvoiceDetails({ actor: STAFF, directionId: direction.id, input, now: NOW });
    expect(corrected.credited.map((i) => i.id)).toEqual([supplement!.id]);
    expect(corrected.invoice).toMatchObject({ buyerEan: VALID_EANS[3], netOre: supplement!.netOre });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("PAID");
  });

  it("a cancelled direction cannot be corrected, and another director's cannot be touched", async () => {
    const { direction } = await invoicedDirection(2);
    const stranger: Actor = { id: "nobody", email: "fremmed@example.dk", role: "DIRECTOR" };
    expect(await code(correctInvoiceDetails({ actor: stranger, directionId: direction.id, input: detailsOf(direction), now: NOW }))).toBe("FORBIDDEN");
    await db.direction.update({ where: { id: direction.id }, data: { status: "CANCELLED", cancelledAt: NOW } });
    expect(await code(correctInvoiceDetails({ actor: STAFF, directionId: direction.id, input: detailsOf(direction), now: NOW }))).toBe("DIRECTION_CANCELLED");
  });

  it("a seat charged after the free-cancellation deadline stays charged on the corrected invoice", async () => {
    const { direction, invoice } = await invoicedDirection(3);
    const [, , last] = await db.participant.findMany({ where: { directionId: direction.id }, orderBy: { createdAt: "asc" } });
    const removed = await removeParticipant({ actor: STAFF, participantId: last!.id, withFee: true, now: LATE });
    expect(removed.creditNote).toBeNull();
    const corrected = await correctInvoiceDetails({ actor: STAFF, directionId: direction.id, input: { ...detailsOf(direction), ean: VALID_EANS[1]! }, now: LATE });
    expect(corrected.invoice!.grossOre).toBe(invoice.grossOre);
  });

  it("credit-and-reissue with one mail but no new invoice after all gives each credit note its own mail back", async () => {
    const { direction, invoice } = await invoicedDirection(2);
    // Not confirmed: issueInvoice issues nothing, so no invoice mail could carry the credit note.
    await db.direction.update({ where: { id: direction.id }, data: { status: "PENDING_APPROVAL" } });
    const result = await transaction((tx) => creditAndReissue({ tx, directionId: direction.id, invoiceIds: [invoice.id], reason: "Test", actor: STAFF, oneMail: true, now: NOW }));
    expect(result.invoice).toBeNull();
    expect(await db.invoiceTransmission.findFirstOrThrow({ where: { invoiceId: result.creditNotes[0]!.id } })).toMatchObject({ channels: ["e-invoice", "email"] });
  });

  it("credit-and-reissue refuses a paid or already credited invoice it is asked for", async () => {
    const { direction, invoice } = await invoicedDirection(2);
    await markInvoicePaid({ invoiceId: invoice.id, actor: STAFF, paidAt: NOW });
    const attempt = transaction((tx) => creditAndReissue({ tx, directionId: direction.id, invoiceIds: [invoice.id], reason: "Test", actor: STAFF, now: NOW }));
    expect(await code(attempt)).toBe("INVOICE_PAID");
  });
});

describe("a manual credit says whether the seat stays (goodwill)", () => {
  it("a goodwill seat is never invoiced again: the next change invoices only the newcomer", async () => {
    const { direction, invoice } = await invoicedDirection(3);
    const note = await creditInvoice({ actor: await staffUser(), invoiceId: invoice.id, quantity: 1, reason: "Goodwill efter aflyst oplæg", keepsSeat: true });
    expect(note.keepsSeat).toBe(true);
    const { invoice: supplement } = await addParticipant({ actor: STAFF, directionId: direction.id, input: participantInput("Nina Ny"), now: NOW });
    expect(await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: supplement!.id } })).toMatchObject({ quantity: 1 });
    // Nothing else is due, however often one asks.
    expect(await transaction((tx) => issueInvoice(tx, { directionId: direction.id, actor: STAFF, now: NOW }))).toBeNull();
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "invoice.credit" } });
    expect(auditSentence(log, { audience: "staff" })).toContain("som goodwill, så pladsen ikke faktureres igen");
  });

  it("a seat credited without goodwill is invoiced again at the next invoice", async () => {
    const { direction, invoice } = await invoicedDirection(3);
    await creditInvoice({ actor: await staffUser(), invoiceId: invoice.id, quantity: 1, reason: "Forkert beløb", keepsSeat: false });
    const again = await transaction((tx) => issueInvoice(tx, { directionId: direction.id, actor: STAFF, now: NOW }));
    expect(await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: again!.id } })).toMatchObject({ quantity: 1 });
  });

  it("a correction after a goodwill credit re-invoices only the seats still charged", async () => {
    const { direction, director, invoice } = await invoicedDirection(3);
    await creditInvoice({ actor: await staffUser(), invoiceId: invoice.id, quantity: 1, reason: "Goodwill", keepsSeat: true });
    const corrected = await correctInvoiceDetails({ actor: director, directionId: direction.id, input: { ...detailsOf(direction), ean: VALID_EANS[4]! }, now: NOW });
    expect(await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: corrected.invoice!.id } })).toMatchObject({ quantity: 2 });
    expect(corrected.creditNotes[0]!.keepsSeat).toBe(false);
  });
});
