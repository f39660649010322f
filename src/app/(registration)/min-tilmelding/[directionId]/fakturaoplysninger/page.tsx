import type { Metadata } from "next";
import { connection } from "next/server";
import { updateInvoiceDetailsAction } from "../../actions";
import { SelfServiceBreadcrumbs } from "../../breadcrumbs";
import { InvoiceDetailsForm } from "../../invoice-details-form";
import { CancelledNotice } from "../../cancelled-notice";
import { loadManagedDirection } from "../../managed-direction";

export const metadata: Metadata = { title: "Fakturaoplysninger" };

export default async function InvoiceDetailsPage({ params }: { params: Promise<{ directionId: string }> }) {
  await connection();
  const { directionId } = await params;
  const { direction } = await loadManagedDirection(`/min-tilmelding/${directionId}/fakturaoplysninger`, directionId);
  if (direction.status === "CANCELLED") return <CancelledNotice title="Fakturaoplysninger" subject={`${direction.municipality.officialName} – ${direction.cohort.title}`} />;
  const invoiced = direction.invoices.some((i) => i.kind === "INVOICE");
  return (
    <main id="main" className="container">
      <SelfServiceBreadcrumbs current="Fakturaoplysninger" />
      <h1>Fakturaoplysninger</h1>
      <p className="lead">
        {direction.municipality.officialName} – {direction.cohort.title}
      </p>
      {invoiced ? (
        <div className="notice warning">
          <p>Tilmeldingen er allerede faktureret, og en udstedt faktura kan ikke ændres. Kontakt Komponent, hvis oplysningerne skal rettes.</p>
        </div>
      ) : (
        <InvoiceDetailsForm
          action={updateInvoiceDetailsAction}
          directionId={directionId}
          defaults={{
            ean: direction.ean,
            cvr: direction.cvr,
            orderNumber: direction.orderNumber,
            personReference: direction.personReference,
            accountingString: direction.accountingString ?? "",
            billingName: direction.billingName,
            billingStreet: direction.billingStreet,
            billingPostalCode: direction.billingPostalCode,
            billingCity: direction.billingCity,
          }}
        />
      )}
    </main>
  );
}
