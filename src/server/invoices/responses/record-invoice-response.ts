import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { markInvoicePaid } from "@/server/invoices/mark-invoice-paid";
import { readInvoiceResponse } from "@/server/invoices/responses/read-invoice-response";
import type { InvoiceResponse } from "@/generated/prisma/client";

/**
 * Records a buyer's response to one of our invoices, as the access point delivered it: read
 * and validated with the official rules first (outside any transaction: it runs Saxon), then
 * matched to the invoice by its number and stored in one transaction. "Paid" marks the invoice
 * paid; a rejection or a query shows on the staff dashboard until the invoice is corrected
 * (credited) or a later response supersedes it. The same response delivered twice is
 * recorded once (`duplicate`).
 */
export async function recordInvoiceResponse({ xml, now = new Date() }: { xml: string; now?: Date }): Promise<{ response: InvoiceResponse; duplicate: boolean; invoiceNumber: string }> {
  const document = await readInvoiceResponse(xml);
  return transaction(async (tx) => {
    const invoice = await tx.invoice.findFirst({ where: { displayNumber: document.invoiceNumber, kind: "INVOICE" }, select: { id: true, directionId: true, status: true, displayNumber: true } });
    if (!invoice) throw new DomainError("RESPONSE_UNMATCHED", { invoiceNumber: document.invoiceNumber });
    const key = { invoiceId: invoice.id, format: document.format, documentId: document.documentId };
    const existing = await tx.invoiceResponse.findUnique({ where: { invoiceId_format_documentId: key } });
    if (existing) return { response: existing, duplicate: true, invoiceNumber: invoice.displayNumber };

    const response = await tx.invoiceResponse.create({
      data: { ...key, status: document.status, code: document.code, reason: document.reason, issueDate: document.issueDate, xml, receivedAt: now },
    });
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: "invoice.response",
      entityType: "Invoice",
      entityId: invoice.id,
      directionId: invoice.directionId,
      after: { invoice: invoice.displayNumber, status: document.status, code: document.code, reason: document.reason, format: document.format, documentId: document.documentId },
    });
    // A credited invoice is not paid by anyone; staff see the response and settle it by hand.
    if (document.status === "PAID" && invoice.status !== "CREDITED" && invoice.status !== "PAID") {
      await markInvoicePaid({ tx, invoiceId: invoice.id, actor: SYSTEM_ACTOR, paidAt: now });
    }
    return { response, duplicate: false, invoiceNumber: invoice.displayNumber };
  });
}
