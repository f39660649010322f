import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { INVOICE_SORTS, listInvoices } from "@/server/invoices/list-invoices";
import { formatKroner } from "@/lib/format";
import { INVOICE_STATUS_LABELS } from "@/components/admin/labels";
import { Flash } from "@/components/admin/flash";
import { FilterActions, FilterSelect } from "@/components/admin/filter-bar";
import { hrefWith, pageOf, Pagination, singleParams, sortOf } from "@/components/admin/table-nav";
import { InvoiceButtons } from "@/app/admin/fakturaer/invoice-buttons";
import type { InvoiceStatus } from "@/generated/prisma/client";
import { InvoiceTable } from "@/components/invoices/invoice-table";

export const metadata: Metadata = { title: "Fakturaer" };

const STATUSES = ["ISSUED", "SENT", "PAID", "CREDITED"] as const;
const BASE = "/admin/fakturaer";

export default async function AdminInvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(BASE, "STAFF");
  const params = singleParams(await searchParams);
  const { column, dir } = sortOf(params, INVOICE_SORTS, "nummer:desc");
  const page = pageOf(params);
  const status = STATUSES.includes(params.status as InvoiceStatus) ? (params.status as InvoiceStatus) : undefined;
  const filter = { status, cohortId: params.hold || undefined, overdue: params.forfaldne === "ja", transmissionFailed: params.afsendelse === "fejlet" };
  const [cohorts, result] = await Promise.all([
    db.cohort.findMany({ orderBy: { number: "asc" }, select: { id: true, title: true } }),
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
      <InvoiceTable
        audience="staff"
        label="Fakturaer og kreditnotaer"
        caption="Fakturaer og kreditnotaer"
        invoices={result.rows}
        sort={{ basePath: BASE, params, defaultSort: "nummer:desc" }}
        buyer={(invoice) => (
          <>
            <Link href={`/admin/tilmeldinger/${invoice.direction.id}`}>{invoice.buyerName}</Link>
            <div className="small muted">{invoice.direction.cohort.title}</div>
          </>
        )}
        actions={(invoice) => <InvoiceButtons invoice={invoice} back={BASE} />}
        empty="Ingen fakturaer matcher."
      />
      <Pagination page={page} pageCount={result.pageCount} total={result.total} basePath={BASE} params={params} />
    </main>
  );
}

