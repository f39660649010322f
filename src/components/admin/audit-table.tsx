import Link from "next/link";
import { formatDateTimeShort } from "@/lib/format";
import { AuditDiff } from "@/components/admin/audit-diff";

type Entry = { id: string; at: Date; actorEmail: string | null; actorRole: string | null; action: string; entityType: string; entityId: string; directionId: string | null; before: unknown; after: unknown };

function EntityLink({ entry }: { entry: Entry }) {
  if (entry.directionId) return <Link href={`/admin/tilmeldinger/${entry.directionId}`}>{entry.entityType}</Link>;
  if (entry.entityType === "Cohort") return <Link href={`/admin/hold/${entry.entityId}`}>{entry.entityType}</Link>;
  return <>{entry.entityType}</>;
}

/**
 * Audit entries, newest first as given. The full log shows who in which role and what was
 * changed; a direction's history leaves those out, since every entry is about that direction.
 */
export function AuditTable({ entries, full = false, empty }: { entries: Entry[]; full?: boolean; empty?: string }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hvem</th>
            <th scope="col">Handling</th>
            {full && <th scope="col">Hvad</th>}
            <th scope="col">{full ? "Før → efter" : "Ændring"}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTimeShort(e.at)}</td>
              <td>
                {e.actorEmail ?? "System"}
                {full && e.actorRole && <div className="small muted">{e.actorRole}</div>}
              </td>
              <td>
                <code>{e.action}</code>
              </td>
              {full && (
                <td>
                  <EntityLink entry={e} />
                  <div className="small muted">{e.entityId}</div>
                </td>
              )}
              <td>
                <AuditDiff before={e.before} after={e.after} />
              </td>
            </tr>
          ))}
          {entries.length === 0 && empty && (
            <tr>
              <td colSpan={full ? 5 : 4}>{empty}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
