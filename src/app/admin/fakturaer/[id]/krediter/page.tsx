import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatKroner } from "@/lib/format";
import { CreditForm } from "./credit-form";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "Kreditér faktura" };

export default async function CreditInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(`/admin/fakturaer/${id}/krediter`, "STAFF");
  const invoice = await db.invoice.findUnique({ where: { id }, include: { lines: true, direction: { include: { municipality: true } } } });
  if (!invoice || invoice.kind !== "INVOICE") notFound();
  const seats = invoice.lines.reduce((sum, l) => sum + l.quantity, 0);
  return (
    <main id="main" className="container narrow">
      <Breadcrumbs
        trail={[{ href: "/admin/fakturaer", label: "Fakturaer" }, { href: `/admin/tilmeldinger/${invoice.directionId}`, label: invoice.direction.municipality.name }]}
        current={`Kreditér ${invoice.displayNumber}`}
      />
      <h1>Kreditér faktura {invoice.displayNumber}</h1>
      <div className="card confirm-card">
        <h2>Det sker</h2>
        <ul>
          <li>
            Der udstedes en kreditnota til {invoice.buyerName} (EAN {invoice.buyerEan}) for hele eller en del af fakturaen på {formatKroner(invoice.grossOre)} inkl. moms.
          </li>
          <li>Kreditnotaen sendes elektronisk med det samme og kan ikke trækkes tilbage.</li>
          <li>Tilmeldingen og deltagerne ændres ikke. Skal de afmeldes, så gør det fra tilmeldingen.</li>
        </ul>
        {invoice.status === "CREDITED" ? <p>Fakturaen er allerede krediteret fuldt ud.</p> : <CreditForm invoiceId={id} seats={seats} />}
        <p>
          <Link href={`/admin/tilmeldinger/${invoice.directionId}`}>Fortryd</Link>
        </p>
      </div>
    </main>
  );
}
