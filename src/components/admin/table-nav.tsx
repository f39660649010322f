import Link from "next/link";

export type Params = Record<string, string | undefined>;

/** Flattens Next's searchParams to single strings (the first of repeated keys). */
export function singleParams(raw: Record<string, string | string[] | undefined>): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(raw)) out[k] = Array.isArray(v) ? v[0] : v;
  return out;
}

export function hrefWith(basePath: string, params: Params, changes: Params): string {
  const merged = { ...params, ...changes };
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "") query.set(k, v);
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

export function pageOf(params: Params): number {
  const n = Number(params.side ?? "1");
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** A sortable column header: a link that sorts on the server, with aria-sort for screen readers. */
export function SortHeader({ column, label, basePath, params, className, defaultSort }: { column: string; label: string; basePath: string; params: Params; className?: string; defaultSort?: string }) {
  const current = params.sorter ?? defaultSort ?? "";
  const [currentColumn, currentDir] = current.split(":");
  const active = currentColumn === column;
  const nextDir = active && currentDir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" className={className} aria-sort={active ? (currentDir === "desc" ? "descending" : "ascending") : undefined}>
      <Link href={hrefWith(basePath, params, { sorter: `${column}:${nextDir}`, side: undefined })}>
        {label}
        {active ? (currentDir === "desc" ? " ↓" : " ↑") : ""}
      </Link>
    </th>
  );
}

export function Pagination({ page, pageCount, total, basePath, params }: { page: number; pageCount: number; total: number; basePath: string; params: Params }) {
  if (pageCount <= 1) return <p className="muted small">{total} i alt</p>;
  return (
    <nav className="pagination" aria-label="Sider">
      <p className="muted small">
        Side {page} af {pageCount} · {total} i alt
      </p>
      <ul>
        {page > 1 && (
          <li>
            <Link href={hrefWith(basePath, params, { side: String(page - 1) })} rel="prev">
              ‹ Forrige
            </Link>
          </li>
        )}
        {Array.from({ length: pageCount }, (_, i) => i + 1)
          .filter((n) => n === 1 || n === pageCount || Math.abs(n - page) <= 2)
          .map((n) => (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <Link href={hrefWith(basePath, params, { side: String(n) })}>{n}</Link>
              )}
            </li>
          ))}
        {page < pageCount && (
          <li>
            <Link href={hrefWith(basePath, params, { side: String(page + 1) })} rel="next">
              Næste ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Parses "column:dir" against an allow-list, so a URL can never sort on an arbitrary field. */
export function sortOf<T extends string>(params: Params, allowed: readonly T[], fallback: `${T}:${"asc" | "desc"}`): { column: T; dir: "asc" | "desc" } {
  const [column, dir] = (params.sorter ?? fallback).split(":");
  const [fallbackColumn, fallbackDir] = fallback.split(":") as [T, "asc" | "desc"];
  if (!allowed.includes(column as T)) return { column: fallbackColumn, dir: fallbackDir };
  return { column: column as T, dir: dir === "desc" ? "desc" : "asc" };
}
