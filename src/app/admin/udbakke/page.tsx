import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { listOutbox } from "@/server/email/list-outbox";
import { EMAIL_STATUS_LABELS } from "@/components/admin/labels";
import { EmailTable } from "@/components/admin/email-table";
import { listOutboxAttachments } from "@/server/email/outbox-attachments";
import { Flash } from "@/components/admin/flash";
import { pageOf, Pagination, singleParams } from "@/components/admin/table-nav";
import { retryAllFailedAction, retryEmailAction } from "./actions";

export const metadata: Metadata = { title: "Udbakke" };

const STATUSES = ["PENDING", "SENDING", "SENT", "FAILED"] as const;
const BASE = "/admin/udbakke";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(BASE, "STAFF");
  const params = singleParams(await searchParams);
  const status = STATUSES.find((s) => s === params.status);
  const page = pageOf(params);
  const { total, mails, counts, pageCount } = await listOutbox({ status, page });
  const attachments = await listOutboxAttachments(mails.map((m) => m.id));
  const countOf = (s: (typeof STATUSES)[number]) => counts[s] ?? 0;
  return (
    <main id="main" className="container wide">
      <h1>Udbakke</h1>
      <Flash params={params} />
      <ul className="facts">
        {STATUSES.map((s) => (
          <li key={s}>
            <strong>{countOf(s)}</strong>
            <Link href={`${BASE}?status=${s}`}>{EMAIL_STATUS_LABELS[s]}</Link>
          </li>
        ))}
      </ul>
      {countOf("FAILED") > 0 && (
        <form action={retryAllFailedAction} className="inline-form">
          <button className="button" type="submit">
            Send alle {countOf("FAILED")} fejlede igen
          </button>
        </form>
      )}
      <p>
        {status ? (
          <>
            Viser: {EMAIL_STATUS_LABELS[status]} · <Link href={BASE}>Vis alle</Link>
          </>
        ) : (
          "Viser alle mails, nyeste først."
        )}
      </p>
      <EmailTable
        mails={mails}
        attachments={attachments}
        outbox
        rowAction={(m) =>
          m.status === "FAILED" && (
            <form action={retryEmailAction}>
              <input type="hidden" name="emailId" value={m.id} />
              <button className="button secondary small" type="submit" aria-label={`Send mailen til ${m.to} igen`}>
                Send igen
              </button>
            </form>
          )
        }
      />
      <Pagination page={page} pageCount={pageCount} total={total} basePath={BASE} params={params} />
    </main>
  );
}
