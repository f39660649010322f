import "server-only";
import type { InvoicedDocument } from "@/domain/invoice-quantities";

/** Stored invoices and credit notes (with their line quantities) as the quantity rules see them. */
export function invoiceDocumentsOf(
  invoices: { id: string; kind: "INVOICE" | "CREDIT_NOTE"; creditedInvoiceId: string | null; keepsSeat?: boolean; lines: { quantity: number }[] }[],
): InvoicedDocument[] {
  return invoices.map((i) => ({
    id: i.id,
    kind: i.kind,
    creditedInvoiceId: i.creditedInvoiceId,
    keepsSeat: i.keepsSeat ?? false,
    quantity: i.lines.reduce((sum, l) => sum + l.quantity, 0),
  }));
}
