import type { Metadata } from "next";
import { connection } from "next/server";
import { updateInvoiceDetailsAction } from "../../actions";
import { SelfServiceBreadcrumbs } from "../../breadcrumbs";
import { InvoiceDetailsForm } from "@/components/invoice-details-form";
import { CancelledNotice } from "../../cancelled-notice";
import { loadManagedDirection } from "../../managed-direction";
import { invoiceDetailsDefaults } from "@/lib/invoice-details-defaults";

export const metadata: Metadata = { title: "Fakturaoplysninger" };

export default async function InvoiceDetailsPage({ params }: { params: Promise<{ directionId: string }> }) {
  await connection();
  const { directionId } = await params;
  const { direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/fakturaoplysninger`, directionId);
  if (direction.status === "CANCELLED") return <CancelledNotice title="Fakturaoplysninger" subject={`${direction.municipality.officialName} – ${direction.cohort.title}`} />;
  const open = direction.invoices.filter((i) => i.kind === "INVOICE" && i.status !== "CREDITED");
  const paid = open.some((i) => i.status === "PAID");
  const unpaid = open.filter((i) => i.status !== "PAID").map((i) => i.displayNumber);
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current="Fakturaoplysninger" />
      <h1>Fakturaoplysninger</h1>
      <p className="lead">
        {direction.municipality.officialName} – {direction.cohort.title}
      </p>
      {paid ? (
        <div className="notice warning">
          <p>Fakturaen er betalt, så oplysningerne kan ikke længere rettes her. Kontakt Komponent, hvis de skal rettes.</p>
        </div>
      ) : (
        <>
          {unpaid.length > 0 ? (
            <div className="notice info">
              <p>
                Tilmeldingen er faktureret ({unpaid.join(", ")}). Retter I oplysningerne, krediterer vi fakturaen og sender en ny med de rettede oplysninger til det EAN-nummer, I
                angiver. I får besked på e-mail.
              </p>
            </div>
          ) : null}
          <InvoiceDetailsForm
            action={updateInvoiceDetailsAction}
            directionId={directionId}
            cancelHref="/min-tilmelding"
            submitLabel={unpaid.length > 0 ? "Ret fakturaoplysningerne" : "Gem fakturaoplysninger"}
            defaults={invoiceDetailsDefaults(direction)}
          />
        </>
      )}
    </main>
  );
}
