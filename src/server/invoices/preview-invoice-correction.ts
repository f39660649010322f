import "server-only";
import { db } from "@/server/db";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";

/**
 * A direction's invoice details and which of its invoices a correction touches
 * (correctInvoiceDetails decides it under lock): the unpaid ones are credited and reissued,
 * the paid ones stay. Null when there is no such direction.
 */
export async function previewInvoiceCorrection({ directionId }: { directionId: string }) {
  const direction = await db.direction.findUnique({ where: { id: directionId }, include: { municipality: true, invoices: { orderBy: { createdAt: "asc" } } } });
  if (!direction) return null;
  const open = direction.invoices.filter(isUncreditedInvoice);
  return {
    direction,
    unpaid: open.filter((i) => i.status !== "PAID").map((i) => i.displayNumber),
    paid: open.filter((i) => i.status === "PAID").map((i) => i.displayNumber),
  };
}
