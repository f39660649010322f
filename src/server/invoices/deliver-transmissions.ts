import "server-only";
import { env } from "@/env";
import { db, transaction } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { SYSTEM_ACTOR, type Actor } from "@/server/auth/actor";
import { queueEmails } from "@/server/email/queue-email";
import { claimDue, failureUpdate } from "@/server/jobs/durable-queue";
import { loadInvoiceDocument, type LoadedInvoice } from "@/server/invoices/load-invoice-document";
import { receiverFormatFor } from "@/server/invoices/receiver-format";
import { configuredEInvoiceTransport } from "@/server/invoices/transmission/configured-channels";
import { invoiceMails } from "@/server/invoices/transmission/email-channel";
import type { EInvoiceTransport } from "@/server/invoices/transmission/e-invoice-channel";
import type { EInvoiceFormat } from "@/generated/prisma/client";

/** 8 attempts: 30 s, 1, 2, 4, 8, 16, 32 min after one another (~1 hour) before staff are asked. */
export const MAX_TRANSMISSION_ATTEMPTS = 8;
const BATCH = 5;

type Claimed = { id: string; attempts: number; invoiceId: string; channels: string[]; resend: boolean; eInvoiceSentAt: Date | null; requestedBy: unknown; withCreditNoteIds: string[] };

/**
 * One round of the transmission outbox, run by every instance: claims due rows (FOR UPDATE
 * SKIP LOCKED, leased), renders and delivers each outside any transaction (the access point
 * POST may take 30 s), and then, in one short transaction, queues the e-mail, marks the invoice
 * SENT and the row SENT, with an audit entry. A failed attempt waits with exponential backoff;
 * after the last one the row is FAILED with its reason, for staff to retry from /admin.
 * The e-invoice is delivered once per row: a retry after only the e-mail step failed skips it.
 */
export async function deliverTransmissions({ now = new Date(), transport = configuredEInvoiceTransport() }: { now?: Date; transport?: EInvoiceTransport } = {}): Promise<{ sent: number; failed: number; gaveUp: number }> {
  const claimed = await claimDue<Claimed>({ table: "InvoiceTransmission", columns: ["invoiceId", "channels", "resend", "eInvoiceSentAt", "requestedBy", "withCreditNoteIds"], batch: BATCH, now });
  let sent = 0;
  let failed = 0;
  let gaveUp = 0;
  for (const row of claimed) {
    try {
      await deliverOne(row, transport, now);
      sent++;
    } catch (error) {
      failed++;
      const { data, giveUp } = failureUpdate({ attempts: row.attempts, error, maxAttempts: MAX_TRANSMISSION_ATTEMPTS, now });
      if (giveUp) gaveUp++;
      await transaction(async (tx) => {
        const updated = await tx.invoiceTransmission.updateMany({ where: { id: row.id, status: "SENDING", attempts: row.attempts }, data: { ...data, failedAt: giveUp ? now : null } });
        if (giveUp && updated.count === 1) {
          const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: row.invoiceId }, select: { directionId: true, displayNumber: true } });
          await recordAudit(tx, {
            actor: SYSTEM_ACTOR,
            action: "invoice.transmission-failed",
            entityType: "Invoice",
            entityId: row.invoiceId,
            directionId: invoice.directionId,
            after: { displayNumber: invoice.displayNumber, attempts: row.attempts, reason: data.lastError },
          });
        }
      });
      console.error(`invoice ${row.invoiceId}: transmission attempt ${row.attempts} failed${giveUp ? " (gave up)" : ""}`, data.lastError);
    }
  }
  return { sent, failed, gaveUp };
}

async function deliverOne(row: Claimed, transport: EInvoiceTransport, now: Date) {
  const loaded = await loadInvoiceDocument({ invoiceId: row.invoiceId });
  if (!loaded) throw new Error(`invoice ${row.invoiceId} not found`);
  const used: string[] = [];
  let format: EInvoiceFormat | null = null;

  if (row.channels.includes("e-invoice")) {
    if (!row.eInvoiceSentAt) {
      format = await receiverFormatFor({ ean: loaded.invoice.buyerEan, municipalityCode: loaded.invoice.direction.municipalityCode });
      await transport.deliver({ loaded, format });
      await db.invoiceTransmission.update({ where: { id: row.id }, data: { eInvoiceSentAt: now, format } });
    }
    used.push(transport.name);
  }
  const mails = row.channels.includes("email") ? await invoiceMails({ loaded, creditNotes: await loadCreditNotes(row.withCreditNoteIds), copyTo: env.INVOICE_COPY_EMAIL }) : [];
  if (mails.length > 0) used.push("email");

  await transaction(async (tx) => {
    // Still ours: a lease that ran out meanwhile let another worker take the row.
    const finished = await tx.invoiceTransmission.updateMany({ where: { id: row.id, status: "SENDING", attempts: row.attempts }, data: { status: "SENT", sentAt: now, lastError: null } });
    if (finished.count === 0) throw new Error(`transmission ${row.id} was taken over by another worker`);
    await queueEmails(tx, mails);
    const actor = (row.requestedBy as Actor | null) ?? SYSTEM_ACTOR;
    if (row.resend) {
      await recordAudit(tx, { actor, action: "invoice.resent", entityType: "Invoice", entityId: row.invoiceId, directionId: loaded.invoice.directionId, after: { resentAt: now, channels: used } });
      return;
    }
    // sentAt keeps the first transmission, since payment terms run from it. A credit note can
    // fully credit an invoice before it went out: it stays CREDITED.
    const current = await tx.invoice.findUniqueOrThrow({ where: { id: row.invoiceId }, select: { status: true, sentAt: true } });
    const status = current.status === "ISSUED" ? "SENT" : current.status;
    if (!current.sentAt) await tx.invoice.update({ where: { id: row.invoiceId }, data: { status, sentAt: now } });
    await recordAudit(tx, {
      actor,
      action: "invoice.transmit",
      entityType: "Invoice",
      entityId: row.invoiceId,
      directionId: loaded.invoice.directionId,
      before: { status: current.status },
      after: { status, sentAt: now, channels: used, format: format ?? undefined },
    });
  });
}

/** The credit notes whose PDFs go with an invoice's mail (a correction), in the order given. */
async function loadCreditNotes(ids: string[] | null): Promise<LoadedInvoice[]> {
  const loaded: LoadedInvoice[] = [];
  for (const id of ids ?? []) {
    const note = await loadInvoiceDocument({ invoiceId: id });
    if (!note) throw new Error(`credit note ${id} not found`);
    loaded.push(note);
  }
  return loaded;
}
