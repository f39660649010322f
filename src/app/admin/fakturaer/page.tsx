import type { Metadata } from "next";
import { RESPONSE_STATUS_LABELS } from "@/domain/invoice-response";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { listCohortOptions } from "@/server/cohorts/list-cohort-options";
import { INVOICE_SORTS, listInvoices } from "@/server/invoices/list-invoices";
import { formatDateShort, formatKroner } from "@/lib/format";
import { INVOICE_KIND_LABELS, INVOICE_STATUS_BADGE, INVOICE_STATUS_LABELS } from "@/components/admin/labels";
import { Flash } from "@/components/admin/flash";
import { FilterActions, FilterSelect } from "@/components/admin/filter-bar";
import { hrefWith, pageOf, Pagination, singleParams, SortHeader, sortOf } from "@/components/admin/table-nav";
import { InvoiceButtons } from "@/app/admin/fakturaer/invoice-buttons";
import { TransmissionState } from "@/components/admin/transmission-state";

export const metadata: Metadata = { title: "Fakturaer" };

const STATUSES = ["ISSUED", "SENT", "PAID", "CREDITED"] as const;
const BASE = "/admin/fakturaer";

export default async function AdminInvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(BASE, "STAFF");
  const params = singleParams(await searchParams);
  const { column, dir } = sortOf(params, INVOICE_SORTS, "nummer:desc");
  const page = pageOf(params);
  const status = STATUSES.find((s) => s === params.status);
  const filter = { status, cohortId: params.hold || undefined, overdue: params.forfaldne === "ja", transmissionFailed: params.afsendelse === "fejlet" };
  const [cohorts, result] = await Promise.all([
    listCohortOptions(),
    listInvoices({ filter, sort: column, dir, page }),
  ]);
  const exportHref = hrefWith(`${BASE}/eksport`, { status: params.status, hold: params.hold, forfaldne: params.forfaldne, afsendelse: params.afsendelse }, {});

  return (
    <main id="main" className="container wide">
      <div className="page-head">
        <h1>Fakturaer</h1>
        <div className="button-row">
          <Link className="button secondary" href="/admin/fakturaer/modtageformat">
            Modtageformater (e-faktura)
          </Link>
          <a className="button secondary" href={exportHref}>
            Hent CSV til bogføring
          </a>
        </div>
      </div>
      <Flash params={params} />
      <form className="filters" method="get" action={BASE} aria-label="Filtrér fakturaer">
        <FilterSelect name="status" label="Status" value={status} allLabel="Alle" options={STATUSES.map((s) => ({ value: s, label: INVOICE_STATUS_LABELS[s] }))} />
        <FilterSelect name="hold" label="Hold" value={params.hold} allLabel="Alle hold" options={cohorts.map((c) => ({ value: c.id, label: c.title }))} />
        <div className="checkbox filter-checkbox">
          <input type="checkbox" id="forfaldne" name="forfaldne" value="ja" defaultChecked={params.forfaldne === "ja"} />
          <label htmlFor="forfaldne">Kun forfaldne og ubetalte</label>
        </div>
        <div className="checkbox filter-checkbox">
          <input type="checkbox" id="afsendelse" name="afsendelse" value="fejlet" defaultChecked={params.afsendelse === "fejlet"} />
          <label htmlFor="afsendelse">Kun dem, der ikke kunne sendes</label>
        </div>
        <FilterActions resetHref={BASE} />
      </form>
      <p>
        Faktureret {formatKroner(result.invoicedOre)} · krediteret {formatKroner(result.creditedOre)} (inkl. moms, for det viste udvalg)
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Fakturaer og kreditnotaer">
        <table>
          <caption className="visually-hidden">Fakturaer og kreditnotaer</caption>
          <thead>
            <tr>
              <SortHeader column="nummer" label="Nummer" basePath={BASE} params={params} defaultSort="nummer:desc" />
              <th scope="col">Type</th>
              <SortHeader column="koeber" label="Køber" basePath={BASE} params={params} defaultSort="nummer:desc" />
              <SortHeader column="dato" label="Dato" basePath={BASE} params={params} defaultSort="nummer:desc" />
              <SortHeader column="forfald" label="Forfald" basePath={BASE} params={params} defaultSort="nummer:desc" />
              <SortHeader column="beloeb" label="Beløb inkl. moms" basePath={BASE} params={params} defaultSort="nummer:desc" className="num" />
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((i) => (
              <tr key={i.id}>
                <td>
                  <a href={`/api/fakturaer/${i.id}/pdf`}>{i.displayNumber}</a>
                </td>
                <td>{INVOICE_KIND_LABELS[i.kind]}</td>
                <td>
                  <Link href={`/admin/tilmeldinger/${i.direction.id}`}>{i.buyerName}</Link>
                  <div className="small muted">{i.direction.cohort.title}</div>
                </td>
                <td>{formatDateShort(i.issueDate)}</td>
                <td>{i.kind === "INVOICE" ? formatDateShort(i.dueDate) : "–"}</td>
                <td className="num">{formatKroner(i.grossOre)}</td>
                <td>
                  <span className={`badge ${INVOICE_STATUS_BADGE[i.status]}`}>{INVOICE_STATUS_LABELS[i.status]}</span>
                  <TransmissionState transmission={i.transmissions[0]} />
                  {i.responses[0] && (
                    <span className="small">
                      <br />
                      Kommunens svar: {RESPONSE_STATUS_LABELS[i.responses[0].status]}
                      {i.responses[0].reason ? ` – »${i.responses[0].reason}«` : ""}
                    </span>
                  )}
                </td>
                <td>
                  <InvoiceButtons invoice={i} back={BASE} />
                </td>
              </tr>
            ))}
            {result.rows.length === 0 && (
              <tr>
                <td colSpan={8}>Ingen fakturaer matcher.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={result.pageCount} total={result.total} basePath={BASE} params={params} />
    </main>
  );
}

