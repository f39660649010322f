import Link from "next/link";
import { formatDateTimeShort } from "@/lib/format";
import { AUDIT_ENTITY_LABELS, auditSentence, type AuditEntryView } from "@/lib/audit-sentence";
import { ScrollTable } from "@/components/table/scroll-table";

type Entry = AuditEntryView & { id: string; at: Date; directionId: string | null };

function EntityLink({ entry }: { entry: Entry }) {
  const label = AUDIT_ENTITY_LABELS[entry.entityType] ?? "Andet";
  if (entry.directionId) return <Link href={`/admin/tilmeldinger/${entry.directionId}`}>{label}</Link>;
  if (entry.entityType === "Cohort") return <Link href={`/admin/hold/${entry.entityId}`}>{label}</Link>;
  return <>{label}</>;
}

/**
 * Audit entries, newest first as given, each as a sentence saying who did what. The full log
 * adds what the entry is about, with a link; a direction's history needs no such column.
 */
export function AuditTable({ entries, full = false, empty, cohortTitles }: { entries: Entry[]; full?: boolean; empty?: string; cohortTitles?: Record<string, string> }) {
  return (
    <ScrollTable label="Historik" columns={["Tidspunkt", "Hændelse", "Vedrører"]} className="audit-table">
      {entries.map((e) => (
        <tr key={e.id}>
          <td className="nowrap">
            <time dateTime={e.at.toISOString()}>{formatDateTimeShort(e.at)}</time>
          </td>
          <td>{auditSentence(e, { audience: "staff", cohortTitles })}</td>
          {full && (
            <td>
              <EntityLink entry={e} />
            </td>
          )}
        </tr>
      ))}
      {entries.length === 0 && empty && (
        <tr>
          <td colSpan={full ? 3 : 2}>{empty}</td>
        </tr>
      )}
    </ScrollTable>
  );
}
