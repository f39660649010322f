import type { Metadata } from "next";
import { requirePageRole } from "@/server/auth/session";
import { listAuditLog } from "@/server/audit/list-audit-log";
import { listAuditEntityTypes } from "@/server/audit/list-audit-entity-types";
import { parseCopenhagenLocal } from "@/lib/format";
import { AuditTable } from "@/components/admin/audit-table";
import { FilterActions, FilterSelect } from "@/components/admin/filter-bar";
import { pageOf, Pagination, singleParams } from "@/components/admin/table-nav";
import { AUDIT_ACTION_GROUPS, AUDIT_ENTITY_LABELS } from "@/lib/audit-sentence";
import { listCohortTitles } from "@/server/audit/list-cohort-titles";

export const metadata: Metadata = { title: "Log" };

const BASE = "/admin/log";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(BASE, "STAFF");
  const params = singleParams(await searchParams);
  const page = pageOf(params);
  // The select offers the groups; a link may name one action exactly (?handling=direction.move).
  const filter = { entityType: params.type, actor: params.aktoer, action: params.handling, fromDay: params.fra ? parseCopenhagenLocal(params.fra) : null, toDay: params.til ? parseCopenhagenLocal(params.til) : null };
  const [{ total, entries, pageCount }, types, cohortTitles] = await Promise.all([listAuditLog({ filter, page }), listAuditEntityTypes(), listCohortTitles()]);
  return (
    <main id="main" className="container wide">
      <h1>Log</h1>
      <p>Alle ændringer, af alle, nyeste først.</p>
      <form className="filters" method="get" action={BASE} aria-label="Filtrér loggen">
        <FilterSelect name="type" label="Vedrører" value={params.type} allLabel="Alle" options={types.map((t) => ({ value: t, label: AUDIT_ENTITY_LABELS[t] ?? "Andet" }))} />
        <div className="field">
          <label htmlFor="aktoer">Hvem (e-mail)</label>
          <input id="aktoer" name="aktoer" type="search" defaultValue={params.aktoer ?? ""} />
        </div>
        <FilterSelect name="handling" label="Handling" value={AUDIT_ACTION_GROUPS.some((g) => g.prefix === params.handling) ? params.handling : undefined} allLabel="Alle" options={AUDIT_ACTION_GROUPS.map((g) => ({ value: g.prefix, label: g.label }))} />
        <div className="field">
          <label htmlFor="fra">Fra dato</label>
          <input id="fra" name="fra" type="date" defaultValue={params.fra ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="til">Til dato</label>
          <input id="til" name="til" type="date" defaultValue={params.til ?? ""} />
        </div>
        <FilterActions resetHref={BASE} />
      </form>
      <AuditTable entries={entries} full empty="Ingen poster matcher." cohortTitles={cohortTitles} />
      <Pagination page={page} pageCount={pageCount} total={total} basePath={BASE} params={params} />
    </main>
  );
}
