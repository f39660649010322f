import "server-only";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { Invoice } from "@/generated/prisma/client";
import { DomainError } from "@/domain/errors";
import { isUncreditedInvoice, quantityDue, uncreditedQuantity } from "@/domain/invoice-quantities";
import { creditInvoiceIn } from "@/server/invoices/credit-invoice";
import { invoiceDocumentsOf } from "@/server/invoices/invoiced-documents";
import { issueInvoice } from "@/server/invoices/issue-invoice";

export type CreditAndReissueResult = {
  /** The invoices credited (as they were before). */
  credited: Invoice[];
  creditNotes: Invoice[];
  /** The new invoice, or null when nothing was credited or `reissue` was false. */
  invoice: Invoice | null;
};

/**
 * Credits a direction's open invoices and issues one new invoice in their place, from the
 * direction's details as they are now (its cohort, its buyer details), in the caller's
 * transaction: a correction of the invoice details and a move to another cohort both go
 * through here. The new invoice carries the seats the credited ones charged (a seat charged
 * after the free-cancellation deadline stays charged; goodwill seats stay free).
 *
 * `invoiceIds` narrows it to those invoices (each must be open); by default every invoice not
 * yet fully credited and not paid. `includePaid` also credits paid invoices (a move: the
 * payment is carried over to the new invoice by hand). `reissue: false` only credits (a move
 * to a cohort whose invoicing time has not come). Transmit the result after commit.
 *
 * `oneMail`: the contact gets one mail for the lot, the new invoice's, with the credit notes'
 * PDFs attached and worded as a correction; each credit note still goes out as its own
 * e-invoice. Without a new invoice every credit note keeps its own mail.
 */
export async function creditAndReissue({
  tx,
  directionId,
  invoiceIds,
  reason,
  actor,
  includePaid = false,
  reissue = true,
  oneMail = false,
  now = new Date(),
}: {
  tx: Tx;
  directionId: string;
  invoiceIds?: string[];
  reason: string;
  actor: Actor;
  includePaid?: boolean;
  reissue?: boolean;
  oneMail?: boolean;
  now?: Date;
}): Promise<CreditAndReissueResult> {
  // The same lock issueInvoice takes: no one issues or credits for the direction meanwhile.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Direction" WHERE id = ${directionId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("NOT_FOUND");
  const direction = await tx.direction.findUniqueOrThrow({
    where: { id: directionId },
    include: {
      participants: { where: { status: "ACTIVE" }, select: { id: true } },
      invoices: { include: { lines: { select: { quantity: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const open = (invoice: Invoice) => isUncreditedInvoice(invoice) && (includePaid || invoice.status !== "PAID");
  if (invoiceIds) {
    for (const id of invoiceIds) {
      const invoice = direction.invoices.find((i) => i.id === id);
      if (!invoice) throw new DomainError("NOT_FOUND");
      if (invoice.status === "PAID" && !includePaid) throw new DomainError("INVOICE_PAID");
      if (!open(invoice)) throw new DomainError("INVOICE_ALREADY_CREDITED");
    }
  }
  const credited = direction.invoices.filter((i) => open(i) && (!invoiceIds || invoiceIds.includes(i.id)));
  if (credited.length === 0) return { credited: [], creditNotes: [], invoice: null };

  const documents = invoiceDocumentsOf(direction.invoices);
  const dueBefore = quantityDue({ activeParticipants: direction.participants.length, documents });
  const bundle = oneMail && reissue;
  const creditNotes: Invoice[] = [];
  let seats = 0;
  for (const invoice of credited) {
    seats += uncreditedQuantity({ invoice: documents.find((d) => d.id === invoice.id)!, documents });
    creditNotes.push(await creditInvoiceIn(tx, { invoiceId: invoice.id, reason, actor, now, channels: bundle ? ["e-invoice"] : undefined }));
  }
  const creditNoteIds = creditNotes.map((c) => c.id);
  const invoice = reissue
    ? await issueInvoice(tx, { directionId, actor, now, reissue: { replaces: credited.map((i) => i.displayNumber), quantity: seats + dueBefore, withCreditNoteIds: bundle ? creditNoteIds : undefined } })
    : null;
  // No new invoice after all (nothing due, or not confirmed): no mail would carry the credit
  // notes, so each goes back to its own.
  if (bundle && !invoice) {
    await tx.invoiceTransmission.updateMany({ where: { invoiceId: { in: creditNoteIds }, status: "PENDING" }, data: { channels: ["e-invoice", "email"] } });
  }
  return { credited, creditNotes, invoice };
}
