import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { DIRECTION_SORTS, listDirections } from "@/server/directions/list-directions";
import { formatDateShort } from "@/lib/format";
import { DIRECTION_STATUS_BADGE, DIRECTION_STATUS_LABELS } from "@/components/admin/labels";
import { Flash } from "@/components/admin/flash";
import { FilterActions, FilterSelect } from "@/components/admin/filter-bar";
import { pageOf, Pagination, singleParams, sortOf } from "@/components/admin/table-nav";
import type { DirectionStatus } from "@/generated/prisma/client";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Tilmeldinger" };

const STATUSES = ["CONFIRMED", "PENDING_APPROVAL", "WAITLISTED", "CANCELLED"] as const;
const BASE = "/admin/tilmeldinger";

export default async function AdminDirectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(BASE, "STAFF");
  const params = singleParams(await searchParams);
  const { column, dir } = sortOf(params, DIRECTION_SORTS, "kommune:asc");
  const page = pageOf(params);
  const status = STATUSES.includes(params.status as DirectionStatus) ? (params.status as DirectionStatus) : undefined;
  const [cohorts, regions, municipalities, result] = await Promise.all([
    db.cohort.findMany({ orderBy: { number: "asc" }, select: { id: true, title: true } }),
    db.municipality.findMany({ distinct: ["regionCode"], orderBy: { regionName: "asc" }, select: { regionCode: true, regionName: true } }),
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    listDirections({
      filter: { cohortId: params.hold || undefined, status, municipalityCode: params.kommune || undefined, regionCode: params.region || undefined, q: params.q },
      sort: column,
      dir,
      page,
    }),
  ]);

  return (
    <main id="main" className="container wide">
      <h1>Tilmeldinger</h1>
      <Flash params={params} />
      <form className="filters" method="get" action={BASE} role="search" aria-label="Filtrér tilmeldinger">
        <div className="field">
          <label htmlFor="q">Søg</label>
          <input id="q" name="q" type="search" defaultValue={params.q ?? ""} placeholder="Kommune, kontakt, deltager eller e-mail" />
        </div>
        <FilterSelect name="hold" label="Hold" value={params.hold} allLabel="Alle hold" options={cohorts.map((c) => ({ value: c.id, label: c.title }))} />
        <FilterSelect name="status" label="Status" value={status} allLabel="Alle" options={STATUSES.map((s) => ({ value: s, label: DIRECTION_STATUS_LABELS[s] }))} />
        <FilterSelect name="kommune" label="Kommune" value={params.kommune} allLabel="Alle kommuner" options={municipalities.map((m) => ({ value: m.code, label: m.name }))} />
        <FilterSelect name="region" label="Region" value={params.region} allLabel="Alle regioner" options={regions.map((r) => ({ value: r.regionCode, label: r.regionName }))} />
        {params.sorter && <input type="hidden" name="sorter" value={params.sorter} />}
        <FilterActions resetHref={BASE} />
      </form>

      <ScrollTable
        label="Tilmeldinger"
        caption={`Tilmeldinger, sorteret efter ${column}`}
        columns={[{ label: "Kommune", sort: "kommune" }, { label: "Hold", sort: "hold" }, { label: "Status", sort: "status" }, { label: "Kontaktperson", sort: "kontakt" }, { label: "Deltagere", numeric: true }, "Faktura", { label: "Tilmeldt", sort: "oprettet" }]}
        sort={{ basePath: BASE, params, defaultSort: "kommune:asc" }}
      >
        {result.rows.map((d) => {
          const invoices = d.invoices.filter((i) => i.kind === "INVOICE");
          const invoiceText = invoices.length === 0 ? "Ikke faktureret" : invoices.every((i) => i.status === "PAID" || i.status === "CREDITED") ? "Betalt/afsluttet" : "Udestående";
          return (
            <tr key={d.id}>
              <td>
                <Link href={`${BASE}/${d.id}`}>{d.municipality.name}</Link>
                <div className="small muted">{d.municipality.regionName}</div>
              </td>
              <td>{d.cohort.title}</td>
              <td>
                <span className={`badge ${DIRECTION_STATUS_BADGE[d.status]}`}>{DIRECTION_STATUS_LABELS[d.status]}</span>
                {d.waitlistPosition !== null && <span className="small"> nr. {d.waitlistPosition}</span>}
              </td>
              <td>
                {d.contactName}
                <div className="small muted">{d.contactEmail}</div>
              </td>
              <td className="num">{d.participants.length}</td>
              <td>{invoiceText}</td>
              <td>{formatDateShort(d.createdAt)}</td>
            </tr>
          );
        })}
        {result.rows.length === 0 && (
          <tr>
            <td colSpan={7}>Ingen tilmeldinger matcher.</td>
          </tr>
        )}
      </ScrollTable>
      <Pagination page={page} pageCount={result.pageCount} total={result.total} basePath={BASE} params={params} />
    </main>
  );
}
