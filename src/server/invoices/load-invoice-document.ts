import "server-only";
import { db, type Tx } from "@/server/db";
import { buildInvoiceDocument } from "@/domain/build-invoice-document";
import type { InvoiceDocument } from "@/domain/invoice-document";

const include = {
  lines: true,
  creditedInvoice: { select: { displayNumber: true, issueDate: true } },
  direction: {
    select: {
      id: true,
      ownerUserId: true,
      contactName: true,
      contactEmail: true,
      cohortId: true,
      municipalityCode: true,
      cohort: { select: { title: true } },
    },
  },
} as const;

/**
 * An invoice with what transmission and downloads need, plus its renderable document. The
 * seller is the invoice's own snapshot, so editing the programme never rewrites old documents.
 */
export async function loadInvoiceDocument({ invoiceId, tx }: { invoiceId: string; tx?: Tx }) {
  const invoice = await (tx ?? db).invoice.findUnique({ where: { id: invoiceId }, include });
  if (!invoice) return null;
  const document: InvoiceDocument = buildInvoiceDocument({ invoice });
  return { invoice, document };
}

export type LoadedInvoice = NonNullable<Awaited<ReturnType<typeof loadInvoiceDocument>>>;
