import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { InvoiceDetailsForm } from "@/components/invoice-details-form";
import { correctInvoiceDetailsAction } from "../../actions";
import { invoiceDetailsDefaults } from "@/lib/invoice-details-defaults";

export const metadata: Metadata = { title: "Ret fakturaoplysninger" };

export default async function AdminInvoiceDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/admin/tilmeldinger/${id}`;
  await requirePageRole(`${path}/fakturaoplysninger`, "STAFF");
  const direction = await db.direction.findUnique({ where: { id }, include: { municipality: true, invoices: { orderBy: { createdAt: "asc" } } } });
  if (!direction) notFound();
  const open = direction.invoices.filter((i) => i.kind === "INVOICE" && i.status !== "CREDITED");
  const unpaid = open.filter((i) => i.status !== "PAID").map((i) => i.displayNumber);
  const paid = open.filter((i) => i.status === "PAID").map((i) => i.displayNumber);
  return (
    <main id="main" className="container narrow">
      <Breadcrumbs trail={[{ href: "/admin/tilmeldinger", label: "Tilmeldinger" }, { href: path, label: direction.municipality.name }]} current="Fakturaoplysninger" />
      <h1>Ret fakturaoplysninger for {direction.municipality.name}</h1>
      {direction.status === "CANCELLED" ? (
        <div className="notice warning">
          <p>Tilmeldingen er annulleret, så fakturaoplysningerne kan ikke rettes.</p>
        </div>
      ) : (
        <>
          <div className="card confirm-card">
            <h2>Det sker, når du gemmer</h2>
            <ul>
              {unpaid.length > 0 ? (
                <li>
                  Ubetalte fakturaer med de gamle oplysninger ({unpaid.join(", ")}) krediteres, og én ny faktura med de rettede oplysninger udstedes og sendes, i samme
                  handling.
                </li>
              ) : (
                <li>Der er ingen ubetalte fakturaer, så kun tilmeldingens oplysninger ændres. Kommende fakturaer får de nye oplysninger.</li>
              )}
              {paid.length > 0 && <li>Betalte fakturaer ({paid.join(", ")}) ændres ikke.</li>}
              <li>Kontaktpersonen får én mail om rettelsen, og ændringen står i historikken.</li>
            </ul>
          </div>
          <InvoiceDetailsForm
            action={correctInvoiceDetailsAction}
            directionId={id}
            cancelHref={path}
            submitLabel="Ret fakturaoplysningerne"
            defaults={invoiceDetailsDefaults(direction)}
          />
        </>
      )}
    </main>
  );
}
