import "server-only";
import type { Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";

export type TransmissionChannel = "e-invoice" | "email";

/**
 * Puts an issued document in the transmission outbox, inside the transaction that issues it:
 * it goes out if and only if the issue commits, and survives any restart until it has.
 * The worker (deliverTransmissions) picks it up; callers nudge it after commit (kickTransmissions).
 * `withCreditNoteIds`: credit notes whose PDFs go with this invoice's e-mail (a correction), so
 * the contact gets one mail for the lot; those credit notes are then enqueued for the e-invoice only.
 */
export async function enqueueTransmission(
  tx: Pick<Tx, "invoiceTransmission">,
  {
    invoiceId,
    channels = ["e-invoice", "email"],
    resend = false,
    requestedBy = null,
    withCreditNoteIds = [],
  }: { invoiceId: string; channels?: TransmissionChannel[]; resend?: boolean; requestedBy?: Actor | null; withCreditNoteIds?: string[] },
) {
  return tx.invoiceTransmission.create({
    // Due at once by the database's clock (the default), whatever `now` the issuer was given.
    // The actor as audited (a signed-in user carries more than that): the worker audits the sending as them.
    data: { invoiceId, channels, resend, requestedBy: requestedBy ? { id: requestedBy.id, email: requestedBy.email, role: requestedBy.role } : undefined, withCreditNoteIds },
  });
}
