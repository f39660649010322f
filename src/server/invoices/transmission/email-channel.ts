import "server-only";
import type { QueuedEmail } from "@/server/email/queue-email";
import type { InvoiceDocument } from "@/domain/invoice-document";
import { invoiceFileName } from "@/domain/invoice-numbering";
import { invoiceEmail } from "@/emails/invoice-email";
import { renderInvoicePdf } from "@/server/invoices/render/invoice-pdf";
import type { LoadedInvoice } from "@/server/invoices/load-invoice-document";

/**
 * The PDF by e-mail to the direction's contact and, if set, a bookkeeping copy. Rendered
 * before the transaction that queues them (rendering is CPU, and holds no lock).
 * `creditNotes`: the invoice replaces credited ones (a correction of the invoice details);
 * their credit notes' PDFs go with it, and the mail says what was credited, so the contact
 * gets one mail for the whole correction.
 */
export async function invoiceMails({ loaded, creditNotes = [], copyTo }: { loaded: LoadedInvoice; creditNotes?: LoadedInvoice[]; copyTo?: string | null }): Promise<QueuedEmail[]> {
  const { invoice, document } = loaded;
  const attachments = [await pdfAttachment(document)];
  for (const note of creditNotes) attachments.push(await pdfAttachment(note.document));
  const message = invoiceEmail({ document, cohortTitle: invoice.direction.cohort.title, creditNotes: creditNotes.map((n) => n.document) });
  const recipients = [...new Set([invoice.direction.contactEmail, copyTo].filter((r): r is string => Boolean(r)).map((r) => r.toLowerCase()))];
  return recipients.map((to) => ({ to, ...message, attachments, kind: "invoice", directionId: invoice.direction.id, cohortId: invoice.direction.cohortId }));
}

async function pdfAttachment(document: InvoiceDocument) {
  const pdf = await renderInvoicePdf(document);
  return {
    filename: invoiceFileName({ kind: document.kind, number: document.number, extension: "pdf" }),
    contentType: "application/pdf",
    contentBase64: pdf.toString("base64"),
  };
}
