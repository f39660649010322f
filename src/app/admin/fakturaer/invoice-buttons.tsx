import Link from "next/link";
import { markInvoicePaidAction, resendInvoiceAction } from "@/app/admin/fakturaer/actions";

/** Send (or resend) / mark paid / credit, each shown only when the invoice's state allows it. */
export function InvoiceButtons({ invoice, back }: { invoice: { id: string; kind: string; status: string; sentAt: Date | null; displayNumber: string }; back: string }) {
  return (
    <div className="button-row">
      {invoice.sentAt && invoice.status !== "CREDITED" && (
        <Link className="button secondary small" href={`/admin/fakturaer/${invoice.id}/send-igen`} aria-label={`Send ${invoice.displayNumber} igen`}>
          Send igen …
        </Link>
      )}
      {!invoice.sentAt && (
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
