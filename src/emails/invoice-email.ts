import type { InvoiceDocument } from "@/domain/invoice-document";
import { dateColumn } from "@/domain/invoice-dates";
import { formatDateMedium, formatKroner } from "@/lib/format";
import { renderEmail, type RenderedEmail } from "@/emails/render-email";

/**
 * The e-mail that carries an invoice or credit note as a PDF attachment. With `creditNotes`
 * it is the one mail of a correction of the invoice details: the new invoice and the credit
 * notes of the invoices it replaces, all attached.
 */
export function invoiceEmail({ document, cohortTitle, creditNotes = [] }: { document: InvoiceDocument; cohortTitle: string; creditNotes?: InvoiceDocument[] }): RenderedEmail {
  if (document.kind === "INVOICE" && creditNotes.length > 0) return correctedInvoiceEmail({ document, cohortTitle, creditNotes });
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

function correctedInvoiceEmail({ document, cohortTitle, creditNotes }: { document: InvoiceDocument; cohortTitle: string; creditNotes: InvoiceDocument[] }): RenderedEmail {
  const credited = creditNotes.map((n) => n.creditedInvoice?.number).filter((n): n is string => Boolean(n));
  const invoices = listDa(credited);
  const plural = credited.length > 1;
  return renderEmail({
    subject: `Rettet faktura ${document.number} – Kommunestyret 2030`,
    heading: `Rettet faktura ${document.number}`,
    blocks: [
      {
        type: "paragraph",
        text: `Vi har rettet faktureringsoplysningerne for ${document.buyer.name} vedrørende ${cohortTitle} i Kommunestyret 2030. Derfor er ${plural ? "fakturaerne" : "fakturaen"} ${invoices} krediteret, og I får her en ny faktura med de rettede oplysninger.`,
      },
      {
        type: "list",
        items: [
          ...creditNotes.map((n) => `Kreditnota ${n.number} krediterer faktura ${n.creditedInvoice?.number ?? "–"} (${formatKroner(n.grossOre)} inkl. moms).`),
          `Ny faktura ${document.number} på ${formatKroner(document.grossOre)} inkl. moms, forfalder ${formatDateMedium(dateColumn(document.dueDate))}.`,
        ],
      },
      {
        type: "facts",
        rows: [
          ["EAN-nummer", document.buyer.ean],
          ["Ordrenummer", document.buyer.orderNumber],
          ["Personreference", document.buyer.personReference],
        ],
      },
      { type: "paragraph", text: `${plural ? "De krediterede fakturaer" : "Den krediterede faktura"} ${invoices} skal ikke betales. Betal kun den nye faktura ${document.number}, og angiv venligst betalingsreferencen ${document.paymentId}.` },
      {
        type: "paragraph",
        text: `${plural ? "Kreditnotaerne" : "Kreditnotaen"} og den nye faktura sendes også elektronisk, hver for sig. PDF-udgaverne er vedhæftet til jeres egne arkiver, så I skal ikke bogføre dem to gange.`,
      },
      { type: "paragraph", text: `Spørgsmål til fakturaen kan sendes til ${document.seller.email}.` },
    ],
  });
}

/** "A", "A og B", "A, B og C". */
function listDa(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}
