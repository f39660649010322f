import type { Metadata } from "next";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { parseCopenhagenLocal } from "@/lib/format";
import { AuditTable } from "@/components/admin/audit-table";
import { FilterActions, FilterSelect } from "@/components/admin/filter-bar";
import { pageOf, Pagination, singleParams } from "@/components/admin/table-nav";
import type { Prisma } from "@/generated/prisma/client";
import { AUDIT_ACTION_GROUPS, AUDIT_ENTITY_LABELS } from "@/lib/audit-sentence";
import { listCohortTitles } from "@/server/audit/list-cohort-titles";

export const metadata: Metadata = { title: "Log" };

const PAGE_SIZE = 50;
const BASE = "/admin/log";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(BASE, "STAFF");
  const params = singleParams(await searchParams);
  const page = pageOf(params);
  const where: Prisma.AuditLogWhereInput = {};
  if (params.type) where.entityType = params.type;
  if (params.aktoer) where.actorEmail = { contains: params.aktoer, mode: "insensitive" };
  // The select offers the groups; a link may name one action exactly (?handling=direction.move).
  if (params.handling && /^[a-z]+\.[a-z._-]*$/.test(params.handling)) where.action = { startsWith: params.handling };
  const from = params.fra ? parseCopenhagenLocal(params.fra) : null;
  const toDay = params.til ? parseCopenhagenLocal(params.til) : null;
  if (from || toDay) where.at = { ...(from ? { gte: from } : {}), ...(toDay ? { lt: new Date(toDay.getTime() + 24 * 60 * 60_000) } : {}) };
  const [total, entries, types, cohortTitles] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: { at: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    listCohortTitles(),
  ]);
  return (
    <main id="main" className="container wide">
      <h1>Log</h1>
      <p>Alle ændringer, af alle, nyeste først.</p>
      <form className="filters" method="get" action={BASE} aria-label="Filtrér loggen">
        <FilterSelect name="type" label="Vedrører" value={params.type} allLabel="Alle" options={types.map((t) => ({ value: t.entityType, label: AUDIT_ENTITY_LABELS[t.entityType] ?? "Andet" }))} />
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
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} total={total} basePath={BASE} params={params} />
    </main>
  );
}
