import "server-only";
import { queueEmail } from "@/server/email/queue-email";
import { invoiceFileName } from "@/domain/invoice-numbering";
import { invoiceEmail } from "@/emails/invoice-email";
import { renderInvoicePdf } from "@/server/invoicing/invoice-pdf";
import type { InvoiceChannel } from "@/server/invoicing/transmission/invoice-channel";

/** The PDF by e-mail (through the outbox) to the direction's contact and, if set, a bookkeeping copy. */
export function emailChannel({ copyTo }: { copyTo?: string | null }): InvoiceChannel {
  return {
    name: "email",
    kind: "email",
    async deliver({ tx, loaded }) {
      const { invoice, document } = loaded;
      const pdf = await renderInvoicePdf(document);
      const attachment = {
        filename: invoiceFileName({ kind: document.kind, number: document.number, extension: "pdf" }),
        contentType: "application/pdf",
        contentBase64: pdf.toString("base64"),
      };
      const message = invoiceEmail({ document, cohortTitle: invoice.direction.cohort.title });
      const recipients = [...new Set([invoice.direction.contactEmail, copyTo].filter((r): r is string => Boolean(r)).map((r) => r.toLowerCase()))];
      for (const to of recipients) {
        await queueEmail(tx, { to, ...message, attachments: [attachment], kind: "invoice", directionId: invoice.direction.id, cohortId: invoice.direction.cohortId });
      }
    },
  };
}
