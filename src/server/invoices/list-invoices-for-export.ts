import "server-only";
import { db } from "@/server/db";
import { invoiceWhere, type InvoiceFilter } from "@/server/invoices/list-invoices";

/** Every invoice and credit note the filter selects, in number order, for the bookkeeping CSV. */
export async function listInvoicesForExport({ filter }: { filter: InvoiceFilter }) {
  return db.invoice.findMany({ where: invoiceWhere(filter), orderBy: [{ series: "asc" }, { number: "asc" }] });
}

export type ExportedInvoice = Awaited<ReturnType<typeof listInvoicesForExport>>[number];
