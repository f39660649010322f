import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { listPartnerParticipants, PARTNER_PAGE_SIZE } from "@/server/attendance/list-partner-participants";
import { firstValues, partnerParticipantsQuery, type PartnerParticipantSort } from "@/lib/schemas/partner-participants";
import { FIELD_LABELS } from "@/domain/fields";
import { plural } from "@/lib/format";

export const metadata: Metadata = { title: "Deltagere", robots: { index: false } };

const SORT_LABELS: Record<PartnerParticipantSort, string> = {
  navn: "Navn",
  kommune: "Kommune",
  hold: "Hold",
  fagomraade: "Fagområde",
};

function queryString(params: { hold?: number; sorter?: PartnerParticipantSort; side?: number }): string {
  const search = new URLSearchParams();
  if (params.hold !== undefined) search.set("hold", String(params.hold));
  if (params.sorter && params.sorter !== "navn") search.set("sorter", params.sorter);
  if (params.side && params.side > 1) search.set("side", String(params.side));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export default async function PartnerParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePageRole("/partner/deltagere", "PARTNER", "STAFF");
  const query = partnerParticipantsQuery.parse(firstValues(await searchParams));
  const list = await listPartnerParticipants({ viewer, cohortNumber: query.hold, sort: query.sorter, pagination: { page: query.side, pageSize: PARTNER_PAGE_SIZE } });
  const scopeText =
    list.scope.fields === null ? "alle fagområder" : list.scope.fields.map((f) => FIELD_LABELS[f].toLowerCase()).join(" og ");
  const filterParams = { hold: query.hold, sorter: query.sorter };

  return (
    <main id="main" className="container">
      <h1>Deltagere</h1>
      <p className="lead">
        Aktive deltagere fra bekræftede direktioner inden for {scopeText}. Af hensyn til deltagernes privatliv vises kun navn,
        titel, kommune, hold og fagområde.
      </p>

      <form method="get" action="/partner/deltagere" className="filter-form">
        <div className="field">
          <label htmlFor="hold">Hold</label>
          <select id="hold" name="hold" defaultValue={query.hold === undefined ? "" : String(query.hold)}>
            <option value="">Alle hold</option>
            {list.cohorts.map((c) => (
              <option key={c.number} value={c.number}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sorter">Sortér efter</label>
          <select id="sorter" name="sorter" defaultValue={query.sorter}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button className="button secondary" type="submit">
            Vis
          </button>
          <a className="button secondary" href={`/partner/eksport${queryString(filterParams)}`} download>
            Hent som CSV
          </a>
        </div>
      </form>

      <p role="status">
        {plural(list.total, "deltager", "deltagere")}
        {list.pageCount > 1 ? ` – side ${list.page} af ${list.pageCount}` : ""}
      </p>

      {list.rows.length === 0 ? (
        <p>Der er endnu ingen deltagere at vise.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Deltagere">
          <table>
            <caption className="visually-hidden">
              Deltagere, sorteret efter {SORT_LABELS[query.sorter].toLowerCase()}
            </caption>
            <thead>
              <tr>
                {(["navn", null, "kommune", "hold", "fagomraade"] as const).map((sort, i) => {
                  const label = sort ? SORT_LABELS[sort] : "Titel";
                  return (
                    <th key={i} scope="col" aria-sort={sort && sort === query.sorter ? "ascending" : undefined}>
                      {sort && sort !== query.sorter ? <Link href={`/partner/deltagere${queryString({ hold: query.hold, sorter: sort })}`}>{label}</Link> : label}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  <td>{row.jobTitle}</td>
                  <td>{row.municipalityName}</td>
                  <td>{row.cohortTitle}</td>
                  <td>{FIELD_LABELS[row.field]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {list.pageCount > 1 && (
        <nav aria-label="Sider" className="pagination">
          <ul>
            {list.page > 1 && (
              <li>
                <Link href={`/partner/deltagere${queryString({ ...filterParams, side: list.page - 1 })}`} rel="prev">
                  Forrige side
                </Link>
              </li>
            )}
            {Array.from({ length: list.pageCount }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === list.page ? (
                  <span aria-current="page">{n}</span>
                ) : (
                  <Link href={`/partner/deltagere${queryString({ ...filterParams, side: n })}`} aria-label={`Side ${n}`}>
                    {n}
                  </Link>
                )}
              </li>
            ))}
            {list.page < list.pageCount && (
              <li>
                <Link href={`/partner/deltagere${queryString({ ...filterParams, side: list.page + 1 })}`} rel="next">
                  Næste side
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </main>
  );
}
