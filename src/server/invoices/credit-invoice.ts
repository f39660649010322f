import "server-only";
import { transaction, type Tx } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { assertRole, type Actor } from "@/server/auth/actor";
import type { Invoice } from "@/generated/prisma/client";
import { DomainError } from "@/domain/errors";
import { creditNoteAmounts, sumAmounts, uncreditedQuantity } from "@/domain/invoice-quantities";
import { dateColumn, invoiceDates } from "@/domain/invoice-dates";
import { CREDIT_NOTE_SERIES, INVOICE_NUMBER_PREFIX, displayInvoiceNumber } from "@/domain/invoice-numbering";
import { invoiceDocumentsOf } from "@/server/invoices/invoiced-documents";
import { takeInvoiceNumber } from "@/server/invoices/take-invoice-number";
import { enqueueTransmission, type TransmissionChannel } from "@/server/invoices/enqueue-transmission";
import { sellerSnapshot } from "@/domain/build-invoice-document";

/**
 * Staff (or the system) credit all or part of an invoice: a credit note, queued for transmission
 * in the same transaction. Staff always say whether the seats stay with the direction as goodwill
 * (`keepsSeat`: never invoiced again) or are to be invoiced again at the next invoice.
 */
export async function creditInvoice({ actor, ...input }: Omit<CreditInput, "actor"> & { actor: Actor | null }): Promise<Invoice> {
  assertRole(actor, "STAFF", "SYSTEM");
  const note = await transaction((tx) => creditInvoiceIn(tx, { ...input, actor }));
  kickTransmissions();
  return note;
}

type CreditInput = { invoiceId: string; quantity?: number; reason: string; actor: Actor; keepsSeat?: boolean; now?: Date; channels?: TransmissionChannel[] };

/**
 * Issues a credit note (series K) for `quantity` seats of an invoice, by default all that
 * remain uncredited, as a step of another use case in its transaction (a cancellation, a
 * correction, a move): that use case has authorised its actor on the direction. The buyer
 * snapshot is the invoice's own, so the credit note matches what the buyer booked. The invoice
 * becomes CREDITED once nothing remains.
 * `keepsSeat`: a goodwill credit, whose seats stay with the direction and are never invoiced
 * again (quantityDue); otherwise the seats are given back (a cancellation, a correction).
 * The seller is as at the credit note's issue (it is a new document). Its transmission is
 * queued in the transaction (`channels`: the e-invoice only when the credit note's PDF goes
 * with the replacing invoice's mail instead).
 */
export async function creditInvoiceIn(tx: Tx, { invoiceId, quantity, reason, actor, keepsSeat = false, now = new Date(), channels }: CreditInput): Promise<Invoice> {
  // Serialises concurrent partial credits of one invoice (FOR UPDATE fires no update trigger).
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invoice" WHERE id = ${invoiceId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND");
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: {
      lines: { orderBy: { position: "asc" } },
      direction: { select: { programmeId: true, programme: true } },
      creditNotes: { include: { lines: { select: { quantity: true } } } },
    },
  });
  if (invoice.kind !== "INVOICE") throw new DomainError("INVALID_STATE", { reason: "only invoices can be credited" });
  if (invoice.status === "CREDITED") throw new DomainError("INVOICE_ALREADY_CREDITED");
  const line = invoice.lines[0];
  if (!line || invoice.lines.some((l) => l.unitPriceOre !== line.unitPriceOre)) throw new Error(`invoice ${invoice.displayNumber}: expected seat lines with one unit price`);

  const documents = invoiceDocumentsOf([invoice, ...invoice.creditNotes]);
  const remaining = uncreditedQuantity({ invoice: documents[0]!, documents });
  const credited = quantity ?? remaining;
  if (!Number.isSafeInteger(credited) || credited < 1 || credited > remaining) {
    throw new DomainError("CREDIT_EXCEEDS_INVOICE", { requested: credited, remaining });
  }
  const amounts = creditNoteAmounts({
    quantity: credited,
    remainingQuantity: remaining,
    unitPriceOre: line.unitPriceOre,
    vatRateBasisPoints: invoice.vatRateBasisPoints,
    invoice,
    alreadyCredited: sumAmounts(invoice.creditNotes),
  });
  const { issueDate } = invoiceDates({ now, paymentTermsDays: 0 });
  const number = await takeInvoiceNumber(tx, { programmeId: invoice.direction.programmeId, series: CREDIT_NOTE_SERIES });
  const trimmedReason = reason.trim();
  const creditNote = await tx.invoice.create({
    data: {
      directionId: invoice.directionId,
      kind: "CREDIT_NOTE",
      series: CREDIT_NOTE_SERIES,
      number,
      displayNumber: displayInvoiceNumber(INVOICE_NUMBER_PREFIX, CREDIT_NOTE_SERIES, number),
      creditedInvoiceId: invoice.id,
      issueDate: dateColumn(issueDate),
      // Nothing is due on a credit note; the column is required, so it is the issue date.
      dueDate: dateColumn(issueDate),
      currency: invoice.currency,
      buyerName: invoice.buyerName,
      buyerStreet: invoice.buyerStreet,
      buyerPostalCode: invoice.buyerPostalCode,
      buyerCity: invoice.buyerCity,
      buyerEan: invoice.buyerEan,
      buyerCvr: invoice.buyerCvr,
      buyerOrderNumber: invoice.buyerOrderNumber,
      buyerPersonReference: invoice.buyerPersonReference,
      buyerAccountingString: invoice.buyerAccountingString,
      ...sellerSnapshot(invoice.direction.programme),
      ...amounts,
      vatRateBasisPoints: invoice.vatRateBasisPoints,
      keepsSeat,
      note: `Kreditering af faktura ${invoice.displayNumber}${trimmedReason ? `: ${trimmedReason}` : ""}.`,
      lines: {
        create: [{ position: 1, description: `Kreditering: ${line.description}`, quantity: credited, unitPriceOre: line.unitPriceOre, lineNetOre: credited * line.unitPriceOre }],
      },
    },
  });
  if (credited === remaining) {
    await tx.invoice.update({ where: { id: invoice.id }, data: { status: "CREDITED" } });
  }
  await recordAudit(tx, {
    actor,
    action: "invoice.credit",
    entityType: "Invoice",
    entityId: creditNote.id,
    directionId: invoice.directionId,
    before: { invoice: invoice.displayNumber, status: invoice.status, uncredited: remaining },
    after: { creditNote: creditNote.displayNumber, quantity: credited, grossOre: creditNote.grossOre, reason: trimmedReason, invoiceFullyCredited: credited === remaining, keepsSeat },
  });
  await enqueueTransmission(tx, { invoiceId: creditNote.id, channels });
  return creditNote;
}
