import "server-only";
import { db } from "@/server/db";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";

/** A direction and what cancelling it without a fee credits (cancelDirection decides it under lock), or null. */
export async function previewDirectionCancellation({ directionId }: { directionId: string }) {
  const direction = await db.direction.findUnique({ where: { id: directionId }, include: { municipality: true, cohort: true, invoices: true, participants: { where: { status: "ACTIVE" }, select: { id: true } } } });
  if (!direction) return null;
  const invoices = direction.invoices.filter(isUncreditedInvoice);
  return { direction, invoices, creditGrossOre: invoices.reduce((sum, i) => sum + i.grossOre, 0) };
}
