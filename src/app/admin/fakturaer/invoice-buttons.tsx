import Link from "next/link";
import { markInvoicePaidAction, resendInvoiceAction } from "@/app/admin/fakturaer/actions";

type Transmission = { status: string };

/**
 * Send (or resend) / mark paid / credit, each shown only when the invoice's state allows it.
 * With the invoice's open transmission known: a failed one offers a retry, one under way nothing.
 */
export function InvoiceButtons({ invoice, back }: { invoice: { id: string; kind: string; status: string; sentAt: Date | null; displayNumber: string; transmissions?: Transmission[] }; back: string }) {
  const open = invoice.transmissions?.[0];
  const failed = open?.status === "FAILED";
  return (
    <div className="button-row">
      {failed && (
        <form action={resendInvoiceAction}>
          <input type="hidden" name="invoiceId" value={invoice.id} />
          <input type="hidden" name="tilbage" value={back} />
          <button className="button small" type="submit" aria-label={`Prøv at sende ${invoice.displayNumber} igen`}>
            Prøv igen
          </button>
        </form>
      )}
      {invoice.sentAt && !open && invoice.status !== "CREDITED" && (
        <Link className="button secondary small" href={`/admin/fakturaer/${invoice.id}/send-igen`} aria-label={`Send ${invoice.displayNumber} igen`}>
          Send igen …
        </Link>
      )}
      {!invoice.sentAt && !open && (
        <form action={resendInvoiceAction}>
          <input type="hidden" name="invoiceId" value={invoice.id} />
          <input type="hidden" name="tilbage" value={back} />
          <button className="button secondary small" type="submit" aria-label={`Send ${invoice.displayNumber}`}>
            Send
          </button>
        </form>
      )}
      {invoice.kind === "INVOICE" && (invoice.status === "ISSUED" || invoice.status === "SENT") && (
        <form action={markInvoicePaidAction}>
          <input type="hidden" name="invoiceId" value={invoice.id} />
          <input type="hidden" name="tilbage" value={back} />
          <button className="button secondary small" type="submit" aria-label={`Markér ${invoice.displayNumber} som betalt`}>
            Betalt
          </button>
        </form>
      )}
      {invoice.kind === "INVOICE" && invoice.status !== "CREDITED" && (
        <Link className="button secondary small" href={`/admin/fakturaer/${invoice.id}/krediter`} aria-label={`Kreditér ${invoice.displayNumber}`}>
          Kreditér …
        </Link>
      )}
    </div>
  );
}
