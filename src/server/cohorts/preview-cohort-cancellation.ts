import "server-only";
import { db } from "@/server/db";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";

/** What cancelling would do, for the confirmation page (cancelCohort recomputes it under lock). */
export async function previewCohortCancellation({ cohortId }: { cohortId: string }) {
  const directions = await db.direction.findMany({
    where: { cohortId, status: { not: "CANCELLED" } },
    include: { participants: { where: { status: "ACTIVE" }, select: { email: true } }, invoices: true },
  });
  const invoices = directions.flatMap((d) => d.invoices.filter(isUncreditedInvoice));
  const emails = new Set(directions.flatMap((d) => [d.contactEmail.toLowerCase(), ...d.participants.map((p) => p.email.toLowerCase())]));
  return {
    directions: directions.length,
    invoices: invoices.length,
    creditGrossOre: invoices.reduce((sum, i) => sum + i.grossOre, 0),
    emails: emails.size,
  };
}
