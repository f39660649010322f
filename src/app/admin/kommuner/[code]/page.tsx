import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { removeMunicipalityDomainAction } from "../actions";
import { AddDomainForm } from "./add-domain-form";

export const metadata: Metadata = { title: "Kommunens e-maildomæner" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MunicipalityDomainsPage({ params, searchParams }: Props) {
  const { code } = await params;
  await requirePageRole(`/admin/kommuner/${encodeURIComponent(code)}`, "STAFF");
  const query = singleParams(await searchParams);
  const municipality = await db.municipality.findUnique({ where: { code }, include: { domains: { orderBy: { domain: "asc" } } } });
  if (!municipality) notFound();
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
      <AddDomainForm municipalityCode={municipality.code} />
    </main>
  );
}
