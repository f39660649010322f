import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { listMunicipalityDomains } from "@/server/municipalities/list-municipality-domains";
import { singleParams } from "@/components/admin/table-nav";

export const metadata: Metadata = { title: "Kommuner og e-maildomæner" };

export default async function MunicipalitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/admin/kommuner", "STAFF");
  const { q = "" } = singleParams(await searchParams);
  const query = q.trim().toLocaleLowerCase("da");
  const all = await listMunicipalityDomains();
  const shown = query ? all.filter((m) => m.name.toLocaleLowerCase("da").includes(query) || m.domains.some((d) => d.domain.includes(query))) : all;
  const without = all.filter((m) => m.domains.length === 0).length;
  return (
    <main id="main" className="container">
      <h1>Kommuner og e-maildomæner</h1>
      <p className="lead">
        En tilmelding er kommunens egen, når den, der tilmelder, er logget ind med en adresse på et af kommunens domæner (eller et underdomæne). Alle andre tilmeldinger
        afventer godkendelse på <Link href="/admin">overblikket</Link>. Ændringer logges.
      </p>
      {without > 0 && <p>{without} kommuner har intet domæne endnu; deres tilmeldinger afventer altid godkendelse.</p>}
      <form className="filters" method="get" action="/admin/kommuner" role="search" aria-label="Søg kommuner">
        <div className="field">
          <label htmlFor="f-q">Søg på kommune eller domæne</label>
          <input id="f-q" name="q" type="search" defaultValue={q} />
        </div>
        <button className="button secondary" type="submit">
          Søg
        </button>
      </form>
      <table className="table">
        <caption className="visually-hidden">Kommuner og deres e-maildomæner</caption>
        <thead>
          <tr>
            <th scope="col">Kommune</th>
            <th scope="col">Region</th>
            <th scope="col">E-maildomæner</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.code}>
              <th scope="row">
                <Link href={`/admin/kommuner/${m.code}`}>{m.name}</Link>
              </th>
              <td>{m.regionName}</td>
              <td>{m.domains.length > 0 ? m.domains.map((d) => d.domain).join(", ") : <span className="muted">Intet domæne</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
