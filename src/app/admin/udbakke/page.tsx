import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatDateTimeShort } from "@/lib/format";
import { EMAIL_STATUS_BADGE, EMAIL_STATUS_LABELS } from "@/components/admin/labels";
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
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Oprettet</th>
              <th scope="col">Til</th>
              <th scope="col">Emne</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Forsøg
              </th>
              <th scope="col">Fejl</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mails.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTimeShort(m.createdAt)}</td>
                <td>{m.to}</td>
                <td>{m.directionId ? <Link href={`/admin/tilmeldinger/${m.directionId}`}>{m.subject}</Link> : m.subject}</td>
                <td>
                  <span className={`badge ${EMAIL_STATUS_BADGE[m.status]}`}>{EMAIL_STATUS_LABELS[m.status]}</span>
                </td>
                <td className="num">{m.attempts}</td>
                <td className="small">{m.lastError ?? ""}</td>
                <td>
                  {m.status === "FAILED" && (
                    <form action={retryEmailAction}>
                      <input type="hidden" name="emailId" value={m.id} />
                      <button className="button secondary small" type="submit" aria-label={`Send mailen til ${m.to} igen`}>
                        Send igen
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} total={total} basePath={BASE} params={params} />
    </main>
  );
}
