import type { ReactNode } from "react";
import Link from "next/link";
import { formatDateTimeShort } from "@/lib/format";
import { EMAIL_STATUS_BADGE, EMAIL_STATUS_LABELS } from "@/components/admin/labels";
import { MailAttachments } from "@/components/mail-attachments";
import { outboxAttachmentHref, outboxMailHref } from "@/components/admin/outbox-links";
import type { AttachmentInfo } from "@/server/email/outbox-attachments";
import type { EmailStatus } from "@/generated/prisma/client";
import { ScrollTable } from "@/components/table/scroll-table";

type Mail = { id: string; to: string; subject: string; status: EmailStatus; createdAt: Date; attempts?: number; lastError?: string | null; directionId?: string | null };

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  return <span className={`badge ${EMAIL_STATUS_BADGE[status]}`}>{EMAIL_STATUS_LABELS[status]}</span>;
}


/**
 * Mails, newest first as given; each subject leads to the mail itself, with its attachments
 * listed under it. The outbox adds delivery attempts, the last error, the direction and a
 * per-row action; a direction's page shows only what was sent to whom.
 */
export function EmailTable({ mails, outbox, rowAction, attachments }: { mails: Mail[]; outbox?: boolean; rowAction?: (mail: Mail) => ReactNode; attachments?: Map<string, AttachmentInfo[]> }) {
  return (
    <ScrollTable
      label="E-mails"
      columns={["Oprettet", "Til", "Emne", "Status", { label: "Forsøg", numeric: true }, "Fejl", "Tilmelding", { label: "Handlinger", hidden: true }]}
    >
      {mails.map((m) => (
        <tr key={m.id}>
          <td className="nowrap">{formatDateTimeShort(m.createdAt)}</td>
          <td>{m.to}</td>
          <td>
            <Link href={outboxMailHref(m.id)}>{m.subject}</Link>
            <MailAttachments attachments={attachments?.get(m.id)} href={(index) => outboxAttachmentHref(m.id, index)} />
          </td>
          <td>
            <EmailStatusBadge status={m.status} />
          </td>
          {outbox && (
            <>
              <td className="num">{m.attempts}</td>
              <td className="small">{m.lastError ?? ""}</td>
              <td>
                {m.directionId ? (
                  <Link href={`/admin/tilmeldinger/${m.directionId}`}>
                    Se tilmeldingen<span className="visually-hidden"> for mailen til {m.to}</span>
                  </Link>
                ) : (
                  ""
                )}
              </td>
              <td>{rowAction?.(m)}</td>
            </>
          )}
        </tr>
      ))}
    </ScrollTable>
  );
}
