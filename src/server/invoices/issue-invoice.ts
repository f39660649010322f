import "server-only";
import { transaction, type Tx } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import type { Cohort, Direction, Invoice, Programme } from "@/generated/prisma/client";
import { DomainError } from "@/domain/errors";
import { isValidCvr, isValidGln, normaliseCvr, normaliseEan } from "@/domain/identifiers";
import { amountsFor } from "@/domain/pricing";
import { coveredQuantity, quantityDue } from "@/domain/invoice-quantities";
import { buyerSnapshotOf } from "@/domain/buyer-snapshot";
import { dateColumn, invoiceDates } from "@/domain/invoice-dates";
import { INVOICE_NUMBER_PREFIX, INVOICE_SERIES, displayInvoiceNumber } from "@/domain/invoice-numbering";
import { formatDateMedium } from "@/lib/format";
import { invoiceDocumentsOf } from "@/server/invoices/invoiced-documents";
import { takeInvoiceNumber } from "@/server/invoices/take-invoice-number";
import { enqueueTransmission } from "@/server/invoices/enqueue-transmission";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { sellerSnapshot } from "@/domain/build-invoice-document";

/** Staff issue what is due for a direction now instead of waiting for the automatic run. */
export async function issueInvoiceNow({ actor, directionId }: { actor: Actor | null; directionId: string }): Promise<Invoice | null> {
  assertStaff(actor);
  const invoice = await transaction(async (tx) => {
    const direction = await tx.direction.findUnique({ where: { id: directionId }, select: { status: true } });
    if (!direction) throw new DomainError("NOT_FOUND");
    if (direction.status !== "CONFIRMED") throw new DomainError("INVALID_STATE");
    return issueInvoice(tx, { directionId, actor });
  });
  if (invoice) kickTransmissions();
  return invoice;
}

/**
 * Issues the invoice for a confirmed direction's participants not yet invoiced (net of
 * credit notes), inside the caller's transaction: the first invoice and every later
 * supplementary invoice. Returns null when nothing is due. Its transmission is queued in the
 * same transaction (InvoiceTransmission); the worker sends it after commit.
 */
export async function issueInvoice(tx: Tx, { directionId, actor, now = new Date(), reissue }: { directionId: string; actor: Actor; now?: Date; reissue?: Reissue }): Promise<Invoice | null> {
  // Two concurrent issuers for one direction would both see the same seats as due.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Direction" WHERE id = ${directionId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND");
  const direction = await tx.direction.findUniqueOrThrow({
    where: { id: directionId },
    include: {
      programme: true,
      cohort: true,
      participants: { where: { status: "ACTIVE" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { name: true } },
      invoices: { include: { lines: { select: { quantity: true } } } },
    },
  });
  return issueInvoiceFor(tx, { direction, actor, now, reissue });
}

/**
 * A new invoice replacing credited ones (a correction of the buyer details, a move to another
 * cohort): it carries the seats those invoices charged, which may be more than the active
 * participants (a seat charged after the free-cancellation deadline stays charged).
 */
export type Reissue = {
  replaces: string[];
  quantity: number;
  /** Credit notes whose PDFs go with this invoice's one e-mail (they were enqueued for the e-invoice only). */
  withCreditNoteIds?: string[];
};

export type InvoicedDirection = Direction & {
  programme: Programme;
  cohort: Cohort;
  /** Active participants, oldest first. */
  participants: { name: string }[];
  invoices: (Invoice & { lines: { quantity: number }[] })[];
};

/**
 * issueInvoice for a direction the caller has already loaded in its transaction, with the
 * direction row locked or created in it (so no one else can issue for it meanwhile).
 */
export async function issueInvoiceFor(
  tx: Tx,
  { direction, actor, now = new Date(), reissue }: { direction: InvoicedDirection; actor: Actor; now?: Date; reissue?: Reissue },
): Promise<Invoice | null> {
  if (direction.status !== "CONFIRMED") return null;
  const directionId = direction.id;

  const documents = invoiceDocumentsOf(direction.invoices);
  const quantity = reissue?.quantity ?? quantityDue({ activeParticipants: direction.participants.length, documents });
  if (quantity === 0) return null;

  const ean = normaliseEan(direction.ean);
  const cvr = normaliseCvr(direction.cvr);
  if (!isValidGln(ean) || !isValidCvr(cvr)) throw new DomainError("INVALID_BUYER_IDENTIFIERS", { directionId });
  if (!direction.orderNumber.trim() || !direction.personReference.trim()) throw new DomainError("VALIDATION", { directionId });

  const { programme, cohort } = direction;
  // After a full credit (a move to a cohort not yet invoiced) the next invoice is not a supplement.
  const supplementary = !reissue && coveredQuantity(documents) > 0;
  const seat = `Deltagelse i ${programme.name}, ${cohort.title}: 12-12 seminar inkl. overnatning og opfølgningsdag`;
  const description = supplementary ? `Tillæg: ${seat}` : seat;
  // The newest participants are the ones this invoice adds.
  const invoicedNames = direction.participants.slice(-quantity).map((p) => p.name);
  const amounts = amountsFor({ quantity, unitPriceOre: programme.pricePerParticipantOre, vatRateBasisPoints: programme.vatRateBasisPoints });
  const { issueDate, dueDate } = invoiceDates({ now, paymentTermsDays: programme.paymentTermsDays });

  const number = await takeInvoiceNumber(tx, { programmeId: programme.id, series: INVOICE_SERIES });
  const invoice = await tx.invoice.create({
    data: {
      directionId,
      kind: "INVOICE",
      series: INVOICE_SERIES,
      number,
      displayNumber: displayInvoiceNumber(INVOICE_NUMBER_PREFIX, INVOICE_SERIES, number),
      issueDate: dateColumn(issueDate),
      dueDate: dateColumn(dueDate),
      currency: programme.currency,
      ...buyerSnapshotOf(direction),
      ...sellerSnapshot(programme),
      ...amounts,
      vatRateBasisPoints: programme.vatRateBasisPoints,
      note: invoiceNote({ cohort, participantNames: invoicedNames, replaces: reissue?.replaces ?? [] }),
    },
  });
  // Not a nested create, which would read the invoice back in a third statement.
  await tx.invoiceLine.create({ data: { invoiceId: invoice.id, position: 1, description, quantity, unitPriceOre: programme.pricePerParticipantOre, lineNetOre: amounts.netOre } });
  await recordAudit(tx, {
    actor,
    action: reissue ? "invoice.reissue" : supplementary ? "invoice.issue-supplementary" : "invoice.issue",
    entityType: "Invoice",
    entityId: invoice.id,
    directionId,
    after: { displayNumber: invoice.displayNumber, quantity, netOre: invoice.netOre, grossOre: invoice.grossOre, dueDate, ...(reissue ? { replaces: reissue.replaces } : {}) },
  });
  await enqueueTransmission(tx, { invoiceId: invoice.id, withCreditNoteIds: reissue?.withCreditNoteIds });
  return invoice;
}

function invoiceNote({
  cohort,
  participantNames,
  replaces,
}: {
  cohort: { title: string; seminarStart: Date | null; followUpStart: Date | null; datesAnnounced: boolean };
  participantNames: string[];
  replaces: string[];
}): string {
  const parts = [cohort.title];
  if (cohort.datesAnnounced && cohort.seminarStart) parts.push(`seminar ${formatDateMedium(cohort.seminarStart)}`);
  if (cohort.datesAnnounced && cohort.followUpStart) parts.push(`opfølgningsdag ${formatDateMedium(cohort.followUpStart)}`);
  const replacing = replaces.length > 0 ? ` Erstatter faktura ${replaces.join(", ")}, der er krediteret.` : "";
  return `${parts.join(", ")}. Deltagere: ${participantNames.join(", ")}.${replacing}`;
}
