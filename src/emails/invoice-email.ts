import type { InvoiceDocument } from "@/domain/invoice-document";
import { dateColumn } from "@/domain/invoice-dates";
import { formatDateMedium, formatKroner } from "@/lib/format";
import { renderEmail, type RenderedEmail } from "@/emails/render-email";

/** The e-mail that carries an invoice or credit note as a PDF attachment. */
export function invoiceEmail({ document, cohortTitle }: { document: InvoiceDocument; cohortTitle: string }): RenderedEmail {
  const isCredit = document.kind === "CREDIT_NOTE";
  const title = isCredit ? "Kreditnota" : "Faktura";
  const facts: [string, string][] = [
    [`${title}nummer`, document.number],
    [`${title}dato`, formatDateMedium(dateColumn(document.issueDate))],
    ...(isCredit && document.creditedInvoice
      ? ([["Vedrører faktura", document.creditedInvoice.number]] as [string, string][])
      : ([["Forfaldsdato", formatDateMedium(dateColumn(document.dueDate))]] as [string, string][])),
    [isCredit ? "Krediteret beløb inkl. moms" : "Beløb inkl. moms", formatKroner(document.grossOre)],
    ["EAN-nummer", document.buyer.ean],
    ["Ordrenummer", document.buyer.orderNumber],
    ["Personreference", document.buyer.personReference],
  ];
  return renderEmail({
    subject: `${title} ${document.number} – Kommunestyret 2030`,
    heading: `${title} ${document.number}`,
    blocks: [
      {
        type: "paragraph",
        text: isCredit
          ? `Hermed kreditnota til ${document.buyer.name} vedrørende ${cohortTitle} i Kommunestyret 2030.`
          : `Hermed faktura til ${document.buyer.name} for deltagelse i ${cohortTitle} i Kommunestyret 2030.`,
      },
      { type: "facts", rows: facts },
      {
        type: "paragraph",
        text: `${title}en er sendt elektronisk til jeres EAN-nummer. PDF-udgaven er vedhæftet til jeres egne arkiver, så I skal ikke bogføre den to gange.`,
      },
      ...(isCredit
        ? []
        : [{ type: "paragraph" as const, text: `Angiv venligst betalingsreferencen ${document.paymentId} ved betaling.` }]),
      { type: "paragraph", text: `Spørgsmål til ${title.toLowerCase()}en kan sendes til ${document.seller.email}.` },
    ],
  });
}
