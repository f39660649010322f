import "server-only";
import type { QueuedEmail } from "@/server/email/queue-email";
import { invoiceFileName } from "@/domain/invoice-numbering";
import { invoiceEmail } from "@/emails/invoice-email";
import { renderInvoicePdf } from "@/server/invoicing/render/invoice-pdf";
import type { LoadedInvoice } from "@/server/invoicing/load-invoice-document";

/**
 * The PDF by e-mail to the direction's contact and, if set, a bookkeeping copy. Rendered
 * before the transaction that queues them (rendering is CPU, and holds no lock).
 */
export async function invoiceMails({ loaded, copyTo }: { loaded: LoadedInvoice; copyTo?: string | null }): Promise<QueuedEmail[]> {
  const { invoice, document } = loaded;
  const pdf = await renderInvoicePdf(document);
  const attachment = {
    filename: invoiceFileName({ kind: document.kind, number: document.number, extension: "pdf" }),
    contentType: "application/pdf",
    contentBase64: pdf.toString("base64"),
  };
  const message = invoiceEmail({ document, cohortTitle: invoice.direction.cohort.title });
  const recipients = [...new Set([invoice.direction.contactEmail, copyTo].filter((r): r is string => Boolean(r)).map((r) => r.toLowerCase()))];
  return recipients.map((to) => ({ to, ...message, attachments: [attachment], kind: "invoice", directionId: invoice.direction.id, cohortId: invoice.direction.cohortId }));
}
