import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { getOutboxMail } from "@/server/email/get-outbox-mail";
import { formatDateTimeShort } from "@/lib/format";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EmailStatusBadge } from "@/components/admin/email-table";
import { outboxAttachmentHref } from "@/components/admin/outbox-links";
import { MailAttachments } from "@/components/mail-attachments";
import { linkify } from "@/components/linkify";
import { retryEmailAction } from "../actions";

export const metadata: Metadata = { title: "Mail" };

/** One mail of the outbox as it was sent: recipient, delivery, attachments and the text itself. */
export default async function OutboxMailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(`/admin/udbakke/${id}`, "STAFF");
  const found = await getOutboxMail({ emailId: id });
  if (!found) notFound();
  const { mail, attachments, cohort } = found;
  return (
    <main id="main" className="container">
      <Breadcrumbs trail={[{ href: "/admin/udbakke", label: "Udbakke" }]} current={mail.subject} />
      <div className="page-head">
        <h1>{mail.subject}</h1>
        <EmailStatusBadge status={mail.status} />
      </div>
      <dl className="kv mail-facts">
        <dt>Til</dt>
        <dd>{mail.to}</dd>
        <dt>Oprettet</dt>
        <dd>{formatDateTimeShort(mail.createdAt)}</dd>
        <dt>Sendt</dt>
        <dd>{mail.sentAt ? formatDateTimeShort(mail.sentAt) : mail.status === "FAILED" ? "Ikke sendt" : `Ikke endnu (næste forsøg ${formatDateTimeShort(mail.nextAttemptAt)})`}</dd>
        <dt>Forsøg</dt>
        <dd>{mail.attempts}</dd>
        {mail.lastError && (
          <>
            <dt>Seneste fejl</dt>
            <dd>{mail.lastError}</dd>
          </>
        )}
        {mail.directionId && (
          <>
            <dt>Tilmelding</dt>
            <dd>
              <Link href={`/admin/tilmeldinger/${mail.directionId}`}>Se tilmeldingen</Link>
            </dd>
          </>
        )}
        {cohort && (
          <>
            <dt>Hold</dt>
            <dd>
              <Link href={`/admin/hold/${cohort.id}`}>{cohort.title}</Link>
            </dd>
          </>
        )}
      </dl>
      {mail.status === "FAILED" && (
        <form action={retryEmailAction} className="inline-form">
          <input type="hidden" name="emailId" value={mail.id} />
          <button className="button secondary" type="submit">
            Send mailen igen
          </button>
        </form>
      )}
      <h2>Vedhæftede filer</h2>
      {attachments.get(id)?.length ? <MailAttachments attachments={attachments.get(id)} href={(index) => outboxAttachmentHref(id, index)} /> : <p>Ingen.</p>}
      <h2>Teksten</h2>
      <pre className="mail-body">{linkify(mail.text)}</pre>
    </main>
  );
}
