import { formatDateTimeShort } from "@/lib/format";

type Json = unknown;

function show(value: Json): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return formatDateTimeShort(date);
  }
  if (typeof value === "boolean") return value ? "Ja" : "Nej";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The fields an audit entry changed, before → after; entries with only one side list that side. */
export function AuditDiff({ before, after }: { before: Json; after: Json }) {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, Json>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, Json>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (keys.length === 0) return <span className="muted">–</span>;
  return (
    <dl className="audit-diff">
      {keys.map((k) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            {k in b && <del>{show(b[k])}</del>}
            {k in b && k in a && " → "}
            {k in a && <ins>{show(a[k])}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
