import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { addMunicipalityDomainAction, removeMunicipalityDomainAction } from "../actions";

export const metadata: Metadata = { title: "Kommunens e-maildomæner" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MunicipalityDomainsPage({ params, searchParams }: Props) {
  const { code } = await params;
  await requirePageRole(`/admin/kommuner/${encodeURIComponent(code)}`, "STAFF");
  const query = singleParams(await searchParams);
  const municipality = await db.municipality.findUnique({ where: { code }, include: { domains: { orderBy: { domain: "asc" } } } });
  if (!municipality) notFound();
  const invalid = query.fejl === "INVALID_DOMAIN" || query.fejl === "DOMAIN_TAKEN";
  return (
    <main id="main" className="container narrow">
      <Breadcrumbs trail={[{ href: "/admin", label: "Overblik" }, { href: "/admin/kommuner", label: "Kommuner" }]} current={municipality.name} />
      <h1>{municipality.officialName}: e-maildomæner</h1>
      <Flash params={query} />
      <p>Tilmeldinger fra adresser på disse domæner (og deres underdomæner) bekræftes som kommunens egne. Andre afventer godkendelse.</p>
      {municipality.domains.length === 0 ? (
        <p className="muted">Kommunen har intet domæne endnu.</p>
      ) : (
        <ul className="plain-list">
          {municipality.domains.map((d) => (
            <li key={d.domain} className="stat-row">
              <span>{d.domain}</span>
              <form action={removeMunicipalityDomainAction}>
                <input type="hidden" name="municipalityCode" value={municipality.code} />
                <input type="hidden" name="domain" value={d.domain} />
                <button className="button secondary small" type="submit">
                  Fjern {d.domain}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2>Tilføj domæne</h2>
      <form action={addMunicipalityDomainAction} noValidate>
        <input type="hidden" name="municipalityCode" value={municipality.code} />
        <div className={`field${invalid ? " has-error" : ""}`}>
          <label htmlFor="f-domain">Domæne</label>
          <p className="hint small" id="f-domain-hint">
            Fx aarhus.dk – uden @ og uden www.
          </p>
          {/* Keyed by what came back: React resets a form after its action, and a kept input would not take the new defaultValue. */}
          <input key={invalid ? `typed-${query.domaene ?? ""}` : "empty"} id="f-domain" name="domain" type="text" required autoComplete="off" defaultValue={invalid ? (query.domaene ?? "") : ""} aria-describedby={invalid ? "f-domain-hint f-domain-error" : "f-domain-hint"} aria-invalid={invalid || undefined} />
          {invalid && (
            <p className="error" id="f-domain-error">
              {query.fejl === "DOMAIN_TAKEN" ? "Domænet hører allerede til en anden kommune." : "Skriv et domæne som aarhus.dk."}
            </p>
          )}
        </div>
        <button className="button" type="submit">
          Tilføj domæne
        </button>
      </form>
    </main>
  );
}
