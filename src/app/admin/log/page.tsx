import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatDateTimeShort, parseCopenhagenLocal } from "@/lib/format";
import { AuditDiff } from "@/components/admin/audit-diff";
import { pageOf, Pagination, singleParams } from "@/components/admin/table-nav";
import type { Prisma } from "@/generated/prisma/client";

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
  if (params.handling) where.action = { startsWith: params.handling };
  const from = params.fra ? parseCopenhagenLocal(params.fra) : null;
  const toDay = params.til ? parseCopenhagenLocal(params.til) : null;
  if (from || toDay) where.at = { ...(from ? { gte: from } : {}), ...(toDay ? { lt: new Date(toDay.getTime() + 24 * 60 * 60_000) } : {}) };
  const [total, entries, types] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: { at: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return (
    <main id="main" className="container wide">
      <h1>Log</h1>
      <p>Alle ændringer, af alle, nyeste først.</p>
      <form className="filters" method="get" action={BASE} aria-label="Filtrér loggen">
        <div className="field">
          <label htmlFor="type">Type</label>
          <select id="type" name="type" defaultValue={params.type ?? ""}>
            <option value="">Alle</option>
            {types.map((t) => (
              <option key={t.entityType} value={t.entityType}>
                {t.entityType}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="aktoer">Hvem (e-mail)</label>
          <input id="aktoer" name="aktoer" type="search" defaultValue={params.aktoer ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="handling">Handling</label>
          <input id="handling" name="handling" type="search" defaultValue={params.handling ?? ""} placeholder="fx direction.move" />
        </div>
        <div className="field">
          <label htmlFor="fra">Fra dato</label>
          <input id="fra" name="fra" type="date" defaultValue={params.fra ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="til">Til dato</label>
          <input id="til" name="til" type="date" defaultValue={params.til ?? ""} />
        </div>
        <div className="form-actions">
          <button className="button" type="submit">
            Filtrér
          </button>
          <Link href={BASE}>Nulstil</Link>
        </div>
      </form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Hvem</th>
              <th scope="col">Handling</th>
              <th scope="col">Hvad</th>
              <th scope="col">Før → efter</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTimeShort(e.at)}</td>
                <td>
                  {e.actorEmail ?? "System"}
                  {e.actorRole && <div className="small muted">{e.actorRole}</div>}
                </td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  {e.directionId ? <Link href={`/admin/tilmeldinger/${e.directionId}`}>{e.entityType}</Link> : e.entityType === "Cohort" ? <Link href={`/admin/hold/${e.entityId}`}>{e.entityType}</Link> : e.entityType}
                  <div className="small muted">{e.entityId}</div>
                </td>
                <td>
                  <AuditDiff before={e.before} after={e.after} />
                </td>
              </tr>
            ))}
            {entries.length === 0 && (
              <tr>
                <td colSpan={5}>Ingen poster matcher.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} total={total} basePath={BASE} params={params} />
    </main>
  );
}
