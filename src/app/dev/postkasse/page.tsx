import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/env";
import { listRecentMails } from "@/server/email/list-recent-mails";
import { formatDateTimeShort } from "@/lib/format";
import { linkify } from "@/components/linkify";
import { MailAttachments } from "@/components/mail-attachments";
import { listOutboxAttachments } from "@/server/email/outbox-attachments";
import { EMAIL_STATUS_LABELS } from "@/components/admin/labels";

export const metadata: Metadata = { title: "Udviklerpostkasse", robots: { index: false } };

// Development only: without SMTP, mail is "delivered" here so a newcomer can sign in.
// Only the demo (APP_ENV=demo) without an SMTP server has it; everywhere else it is a 404.
export default async function DevMailboxPage() {
  await connection();
  if (!env.devMailboxEnabled) notFound();
  const mails = await listRecentMails();
  const attachments = await listOutboxAttachments(mails.map((m) => m.id));
  return (
    <main id="main" className="container">
      <h1>Udviklerpostkasse</h1>
      <p className="lead">Der er ingen SMTP-server sat op, så udgående e-mails vises her i stedet. Siden findes ikke i produktion.</p>
      {mails.length === 0 && <p>Ingen e-mails endnu.</p>}
      {mails.map((mail) => (
        <article key={mail.id} className="card" style={{ marginBottom: "1rem" }} aria-label={`E-mail til ${mail.to}: ${mail.subject}`}>
          <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{mail.subject}</h2>
          <p className="small muted">
            Til {mail.to} · {formatDateTimeShort(mail.createdAt)} · {EMAIL_STATUS_LABELS[mail.status]}
          </p>
          <MailAttachments attachments={attachments.get(mail.id)} href={(index) => `/dev/postkasse/${mail.id}/vedhaeftning/${index}`} />
          <pre className="mail-body">{linkify(mail.text)}</pre>
        </article>
      ))}
    </main>
  );
}
