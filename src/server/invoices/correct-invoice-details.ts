import "server-only";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { snapshotDiffers } from "@/domain/buyer-snapshot";
import { recordAudit } from "@/server/audit/record-audit";
import { isStaff, type Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { creditAndReissue } from "@/server/invoices/credit-and-reissue";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { loadDirectionLocked } from "@/server/directions/load-direction-locked";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { registrationChangeEmail } from "@/emails/registration-change-email";
import type { InvoiceDetailsInput } from "@/lib/schemas/invoice-details";
import { genitive } from "@/lib/format";

const FIELDS = ["ean", "cvr", "orderNumber", "personReference", "accountingString", "billingName", "billingStreet", "billingPostalCode", "billingCity"] as const;

/**
 * Corrects the invoice details (EAN, CVR, order number, personreference, accounting string,
 * address): staff at any time, the director until an invoice of the direction is paid. Every
 * open (unpaid, not credited) invoice that names the buyer otherwise is credited and one new
 * invoice with the corrected details replaces them, in this one transaction, with entries in
 * the history and one mail to the contact: the new invoice's, with the credit notes attached
 * (queued by the transmission worker after commit, since rendering PDFs has no place here). Paid invoices stay as they are (staff only).
 */
export async function correctInvoiceDetails({ actor, directionId, input, now = new Date() }: { actor: Actor; directionId: string; input: InvoiceDetailsInput; now?: Date }) {
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
    const open = direction.invoices.filter(isUncreditedInvoice);
    if (!isStaff(actor) && open.some((i) => i.status === "PAID")) throw new DomainError("INVOICE_PAID");

    const before = Object.fromEntries(FIELDS.map((f) => [f, direction[f]]));
    const after = Object.fromEntries(FIELDS.map((f) => [f, input[f]]));
    const updated = await tx.direction.update({ where: { id: directionId }, data: after });
    const outdated = open.filter((i) => i.status !== "PAID" && snapshotDiffers(i, input));
    const corrected = outdated.length
      ? await creditAndReissue({ tx, directionId, invoiceIds: outdated.map((i) => i.id), reason: "Rettede faktureringsoplysninger", actor, oneMail: true, now })
      : { credited: [], creditNotes: [], invoice: null };
    await recordAudit(tx, {
      actor,
      action: "direction.invoice-details.update",
      entityType: "Direction",
      entityId: directionId,
      directionId,
      before,
      after: { ...after, ...(corrected.credited.length ? { creditNotes: corrected.creditNotes.map((c) => c.displayNumber), invoice: corrected.invoice?.displayNumber ?? null } : {}) },
    });
    // With a new invoice, its mail (sent by the transmission worker, PDFs attached) is the one
    // mail to the contact and says what was credited; this summary is for a credit alone.
    if (corrected.credited.length && !corrected.invoice) {
      const old = corrected.credited.map((i) => i.displayNumber).join(", ");
      const notes = corrected.creditNotes.map((c) => c.displayNumber).join(", ");
      await queueEmail(tx, {
        to: direction.contactEmail,
        kind: "invoice-corrected",
        directionId,
        ...registrationChangeEmail({
          subject: `Rettet faktura til ${direction.municipality.name}`,
          heading: "Faktureringsoplysningerne er rettet",
          lines: [
            `Faktureringsoplysningerne for ${genitive(direction.municipality.name)} tilmelding til ${direction.cohort.title} er rettet.`,
            `Faktura ${old} er krediteret med kreditnota ${notes}, som sendes elektronisk til ${input.ean}.`,
            "Den krediterede faktura skal ikke betales.",
          ],
          url: myRegistrationUrl(),
        }),
      });
    }
    return { direction: updated, ...corrected };
  });
  kickTransmissions();
  if (result.credited.length && !result.invoice) kickOutbox();
  return result;
}
