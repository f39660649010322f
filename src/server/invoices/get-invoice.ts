import "server-only";
import { db } from "@/server/db";
import { invoiceDocumentsOf } from "@/server/invoices/invoiced-documents";

/** One invoice or credit note with its lines, its seats and its direction's municipality, or null. */
export async function getInvoice({ invoiceId }: { invoiceId: string }) {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, include: { lines: true, direction: { include: { municipality: true } } } });
  return invoice && { ...invoice, seats: invoiceDocumentsOf([invoice])[0]!.quantity };
}
