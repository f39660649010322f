import { formatBytes } from "@/lib/format";
import type { AttachmentInfo } from "@/server/email/outbox-attachments";

/** A mail's attachments as download links; `href` gives each one's authorised route. */
export function MailAttachments({ attachments, href }: { attachments: AttachmentInfo[] | undefined; href: (index: number) => string }) {
  if (!attachments || attachments.length === 0) return null;
  return (
    <ul className="attachment-list" aria-label="Vedhæftede filer">
      {attachments.map((a) => (
        <li key={a.index}>
          <span className="muted">Vedhæftet:</span>{" "}
          <a href={href(a.index)} download={a.filename}>
            {a.filename}
          </a>{" "}
          <span className="small muted">({formatBytes(a.bytes)})</span>
        </li>
      ))}
    </ul>
  );
}
