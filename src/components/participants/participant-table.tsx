import Link from "next/link";
import type { ParticipantStatus } from "@/generated/prisma/client";
import { FIELD_LABELS } from "@/domain/fields";
import { PARTICIPANT_STATUS_LABELS } from "@/components/admin/labels";
import { ScrollTable, type Column } from "@/components/table/scroll-table";

type ParticipantRow = {
  id: string;
  name: string;
  jobTitle: string;
  field: keyof typeof FIELD_LABELS;
  email: string;
  overnightStay: boolean;
  dietaryNeeds: string | null;
  status: ParticipantStatus;
};

export type ParticipantChange = "ret" | "erstat" | "afmeld";

type Changes = {
  /** The page that makes the change to one participant. */
  href: (participantId: string, change: ParticipantChange) => string;
  /** Whether a participant may be removed now (never the last one). */
  canRemove: boolean;
};

/**
 * A direction's participants with what the venue and the direction need to know. Staff see every
 * participant with its status and change the active ones; the director sees the active ones and,
 * with `changes`, corrects, substitutes and removes them.
 */
export function ParticipantTable({
  participants,
  audience,
  label,
  caption,
  changes,
}: {
  participants: readonly ParticipantRow[];
  audience: "staff" | "director";
  label: string;
  caption?: string;
  changes?: Changes;
}) {
  const staff = audience === "staff";
  const columns: Column[] = [
    "Navn",
    "Stilling",
    "Fagområde",
    "E-mail",
    "Overnatning",
    "Kostbehov",
    ...(staff ? ["Status", { label: "Handlinger", hidden: true }] : changes ? ["Ændringer"] : []),
  ];
  return (
    <ScrollTable label={label} caption={caption} columns={columns}>
      {participants.map((p) => (
        <tr key={p.id} className={staff && p.status !== "ACTIVE" ? "inactive" : undefined}>
          {staff ? <td>{p.name}</td> : <th scope="row">{p.name}</th>}
          <td>{p.jobTitle}</td>
          <td>{FIELD_LABELS[p.field]}</td>
          <td>{p.email}</td>
          <td>{p.overnightStay ? "Ja" : "Nej"}</td>
          <td>{p.dietaryNeeds ?? "–"}</td>
          {staff && <td>{PARTICIPANT_STATUS_LABELS[p.status]}</td>}
          {staff && <td>{changes && p.status === "ACTIVE" && <StaffChangeLinks participant={p} changes={changes} />}</td>}
          {!staff && changes && (
            <td className="self-service-actions">
              <DirectorChangeLinks participant={p} changes={changes} />
            </td>
          )}
        </tr>
      ))}
    </ScrollTable>
  );
}

function StaffChangeLinks({ participant: p, changes }: { participant: ParticipantRow; changes: Changes }) {
  return (
    <span className="small">
      <Link href={changes.href(p.id, "ret")}>
        Ret<span className="visually-hidden"> {p.name}</span>
      </Link>
      {" · "}
      <Link href={changes.href(p.id, "erstat")}>
        Erstat<span className="visually-hidden"> {p.name}</span>
      </Link>
      {changes.canRemove && (
        <>
          {" · "}
          <Link href={changes.href(p.id, "afmeld")}>
            Afmeld<span className="visually-hidden"> {p.name}</span> …
          </Link>
        </>
      )}
    </span>
  );
}

function DirectorChangeLinks({ participant: p, changes }: { participant: ParticipantRow; changes: Changes }) {
  return (
    <>
      <Link href={changes.href(p.id, "ret")} aria-label={`Ret oplysninger for ${p.name}`}>
        Ret
      </Link>
      <Link href={changes.href(p.id, "erstat")} aria-label={`Erstat ${p.name} med en anden`}>
        Erstat
      </Link>
      {changes.canRemove && (
        <Link href={changes.href(p.id, "afmeld")} aria-label={`Afmeld ${p.name}`}>
          Afmeld
        </Link>
      )}
    </>
  );
}
