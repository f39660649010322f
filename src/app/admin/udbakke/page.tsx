import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { EMAIL_STATUS_LABELS } from "@/components/admin/labels";
import { EmailTable } from "@/components/admin/email-table";
import { listOutboxAttachments } from "@/server/email/outbox-attachments";
import { Flash } from "@/components/admin/flash";
import { pageOf, Pagination, singleParams } from "@/components/admin/table-nav";
import type { EmailStatus } from "@/generated/prisma/client";
import { retryAllFailedAction, retryEmailAction } from "./actions";

export const metadata: Metadata = { title: "Udbakke" };

const STATUSES = ["PENDING", "SENDING", "SENT", "FAILED"] as const;
const PAGE_SIZE = 50;
const BASE = "/admin/udbakke";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole(BASE, "STAFF");
  const params = singleParams(await searchParams);
  const status = STATUSES.includes(params.status as EmailStatus) ? (params.status as EmailStatus) : undefined;
  const page = pageOf(params);
  const where = status ? { status } : {};
  const [total, mails, grouped] = await Promise.all([
    db.emailOutbox.count({ where }),
    db.emailOutbox.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: { id: true, to: true, subject: true, kind: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, directionId: true } }),
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const attachments = await listOutboxAttachments(mails.map((m) => m.id));
  const countOf = (s: EmailStatus) => grouped.find((g) => g.status === s)?._count._all ?? 0;
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
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} total={total} basePath={BASE} params={params} />
    </main>
  );
}
