import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/env";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatDateTimeShort } from "@/lib/format";
import { INVOICE_KIND_LABELS } from "@/components/admin/labels";
import { resendInvoiceAction } from "@/app/admin/fakturaer/actions";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ConfirmButtons } from "@/components/form/confirm-buttons";

export const metadata: Metadata = { title: "Send faktura igen" };

export default async function ResendInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(`/admin/fakturaer/${id}/send-igen`, "STAFF");
  const invoice = await db.invoice.findUnique({ where: { id }, include: { direction: { include: { municipality: true } } } });
  if (!invoice || !invoice.sentAt) notFound();
  const kind = INVOICE_KIND_LABELS[invoice.kind].toLowerCase();
  const back = `/admin/tilmeldinger/${invoice.directionId}`;
  return (
    <main id="main" className="container narrow">
      <Breadcrumbs trail={[{ href: "/admin/fakturaer", label: "Fakturaer" }, { href: back, label: invoice.direction.municipality.name }]} current={`Send ${invoice.displayNumber} igen`} />
      <h1>Send {invoice.displayNumber} igen</h1>
      <div className="card confirm-card">
        <h2>Det sker</h2>
        <ul>
          <li>
            Den samme {kind} sendes igen som PDF pr. mail til {invoice.direction.contactEmail}
            {env.INVOICE_COPY_EMAIL ? ` med kopi til ${env.INVOICE_COPY_EMAIL}` : ""}.
          </li>
          <li>Der udstedes ikke et nyt nummer, og beløbet ændres ikke.</li>
          <li>Den blev første gang sendt {formatDateTimeShort(invoice.sentAt)}. Den dato bevares, så betalingsfristen løber som før.</li>
        </ul>
        <form action={resendInvoiceAction} className="form">
          <input type="hidden" name="invoiceId" value={id} />
          <input type="hidden" name="force" value="1" />
          <input type="hidden" name="tilbage" value={back} />
          <div className="checkbox">
            <input type="checkbox" id="f-eInvoice" name="eInvoice" />
            <label htmlFor="f-eInvoice">Send også e-fakturaen igen (EAN {invoice.buyerEan}) – kun hvis kommunen ikke har modtaget den, ellers kan den blive bogført to gange</label>
          </div>
          <div className="form-actions">
            <ConfirmButtons label="Send igen" cancelHref={back} danger={false} />
          </div>
        </form>
      </div>
    </main>
  );
}
