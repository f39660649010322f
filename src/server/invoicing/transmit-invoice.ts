import "server-only";
import { transaction } from "@/server/db";
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from "@/server/audit/record-audit";
import { kickOutbox } from "@/server/email/outbox-worker";
import type { Invoice } from "@/generated/prisma/client";
import { DomainError } from "@/domain/errors";
import { loadInvoiceDocument } from "@/server/invoicing/load-invoice-document";
import { configuredChannels } from "@/server/invoicing/transmission/configured-channels";
import type { InvoiceChannel } from "@/server/invoicing/transmission/invoice-channel";

/**
 * Sends an issued invoice or credit note through every configured channel and marks it SENT.
 * Call it after the issuing transaction has committed. Idempotent: the invoice row is locked
 * and sentAt records that it went out, so a second or concurrent call does nothing.
 * `deliverNow: false` leaves the queued e-mail to the app's outbox worker (for scripts).
 *
 * `force` resends an invoice that already went out (the buyer lost the mail): the e-mail
 * channel runs again, the e-invoice channels only with `resendEInvoice`. sentAt keeps the
 * first transmission, since payment terms run from it; the resend is audited on its own.
 */
export async function transmitInvoice({
  invoiceId,
  actor = SYSTEM_ACTOR,
  channels,
  deliverNow = true,
  force = false,
  resendEInvoice = false,
  now = new Date(),
}: {
  invoiceId: string;
  actor?: AuditActor;
  channels?: InvoiceChannel[];
  deliverNow?: boolean;
  force?: boolean;
  resendEInvoice?: boolean;
  now?: Date;
}): Promise<{ invoice: Invoice; transmitted: boolean; resent: boolean }> {
  const result = await transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invoice" WHERE id = ${invoiceId} FOR UPDATE`;
      if (locked.length === 0) throw new DomainError("NOT_FOUND");
      const loaded = await loadInvoiceDocument({ invoiceId, tx });
      if (!loaded) throw new DomainError("NOT_FOUND");
      if (loaded.invoice.sentAt) {
        if (!force) return { invoice: loaded.invoice as Invoice, transmitted: false, resent: false };
        const again = (channels ?? configuredChannels()).filter((c) => c.kind === "email" || resendEInvoice);
        for (const channel of again) await channel.deliver({ tx, loaded });
        await recordAudit(tx, {
          actor,
          action: "invoice.resent",
          entityType: "Invoice",
          entityId: invoiceId,
          directionId: loaded.invoice.directionId,
          after: { resentAt: now, channels: again.map((c) => c.name) },
        });
        return { invoice: loaded.invoice as Invoice, transmitted: true, resent: true };
      }
      const used = channels ?? configuredChannels();
      for (const channel of used) await channel.deliver({ tx, loaded });
      // A credit note can fully credit an invoice before it was ever sent: it stays CREDITED.
      const status = loaded.invoice.status === "ISSUED" ? "SENT" : loaded.invoice.status;
      const invoice = await tx.invoice.update({ where: { id: invoiceId }, data: { status, sentAt: now } });
      await recordAudit(tx, {
        actor,
        action: "invoice.transmit",
        entityType: "Invoice",
        entityId: invoiceId,
        directionId: loaded.invoice.directionId,
        before: { status: loaded.invoice.status },
        after: { status, sentAt: now, channels: used.map((c) => c.name) },
      });
      return { invoice, transmitted: true, resent: false };
    },
    { timeoutMs: 60_000 },
  );
  if (result.transmitted && deliverNow) kickOutbox();
  return result;
}
