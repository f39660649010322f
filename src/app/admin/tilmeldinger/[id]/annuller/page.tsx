import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatKroner, plural, genitive } from "@/lib/format";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { cancelDirectionAction } from "@/app/admin/tilmeldinger/actions";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ConfirmButtons } from "@/components/form/confirm-buttons";

export const metadata: Metadata = { title: "Annullér tilmelding" };

export default async function CancelDirectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requirePageRole(`/admin/tilmeldinger/${id}/annuller`, "STAFF");
  const query = singleParams(await searchParams);
  const direction = await db.direction.findUnique({ where: { id }, include: { municipality: true, cohort: true, invoices: true, participants: { where: { status: "ACTIVE" }, select: { id: true } } } });
  if (!direction) notFound();
  const open = direction.invoices.filter((i) => i.kind === "INVOICE" && i.status !== "CREDITED");
  const gross = open.reduce((sum, i) => sum + i.grossOre, 0);
  return (
    <main id="main" className="container narrow">
      <Breadcrumbs trail={[{ href: "/admin/tilmeldinger", label: "Tilmeldinger" }, { href: `/admin/tilmeldinger/${id}`, label: direction.municipality.name }]} current={"Annullér"} />
      <h1>Annullér {genitive(direction.municipality.name)} tilmelding?</h1>
      <Flash params={query} />
      <div className="card confirm-card">
        <h2>Det sker</h2>
        <ul>
          <li>Tilmeldingen til {direction.cohort.title} annulleres med {plural(direction.participants.length, "deltager", "deltagere")}.</li>
          <li>Kontaktpersonen ({direction.contactEmail}) får en mail om annulleringen.</li>
          <li>De frigjorte pladser tilbydes ventelisten, som får besked på mail.</li>
          <li>
            {open.length === 0
              ? "Tilmeldingen er ikke faktureret, så der udstedes ingen kreditnota."
              : `Uden gebyr: ${plural(open.length, "faktura", "fakturaer")} krediteres fuldt ud (${formatKroner(gross)} inkl. moms), og kreditnotaen sendes elektronisk. Med gebyr: fakturaen står ved magt.`}
          </li>
        </ul>
        <form action={cancelDirectionAction} className="form">
          <input type="hidden" name="directionId" value={id} />
          <fieldset>
            <legend>Gebyr</legend>
            <div className="checkbox">
              <input type="radio" id="fee-without" name="fee" value="without" defaultChecked />
              <label htmlFor="fee-without">Uden gebyr (kreditér)</label>
            </div>
            <div className="checkbox">
              <input type="radio" id="fee-with" name="fee" value="with" />
              <label htmlFor="fee-with">Med gebyr (fakturaen står ved magt)</label>
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="reason">
              Begrundelse <span className="muted">(valgfrit)</span>
            </label>
            <textarea id="reason" name="reason" maxLength={500} />
          </div>
          <div className="form-actions">
            <ConfirmButtons label="Annullér tilmeldingen" cancelHref={`/admin/tilmeldinger/${id}`} />
          </div>
        </form>
      </div>
    </main>
  );
}
