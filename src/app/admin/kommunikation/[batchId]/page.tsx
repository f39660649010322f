import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { cohortMessageKind } from "@/server/email/send-cohort-message";
import { formatDateTimeShort } from "@/lib/format";
import { EmailStatusBadge } from "@/components/admin/email-table";
import { Meter } from "@/components/admin/meter";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Udsendelse" };

export default async function BatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  await requirePageRole(`/admin/kommunikation/${batchId}`, "STAFF");
  if (!/^[0-9a-f-]{36}$/.test(batchId)) notFound();
  const mails = await db.emailOutbox.findMany({ where: { kind: cohortMessageKind(batchId) }, orderBy: { to: "asc" }, select: { id: true, to: true, subject: true, status: true, sentAt: true, lastError: true, cohortId: true } });
  if (mails.length === 0) notFound();
  const count = (s: string) => mails.filter((m) => m.status === s).length;
  const sent = count("SENT");
  const failed = count("FAILED");
  const waiting = mails.length - sent - failed;
  return (
    <main id="main" className="container">
      <Breadcrumbs trail={[{ href: "/admin/kommunikation", label: "Kommunikation" }]} current={"Udsendelse"} />
      <h1>{mails[0]!.subject}</h1>
      <div className="card" role="status">
        <Meter
          label={
            <span>
              <strong>
                {sent} af {mails.length}
              </strong>{" "}
              sendt · {waiting} i kø · {failed} fejlet
            </span>
          }
          value={sent}
          max={mails.length}
          tone={failed > 0 ? "danger" : "ok"}
        />
        <p className="small">
          <Link href={`/admin/kommunikation/${batchId}`}>Opdater status</Link>
          {failed > 0 && (
            <>
              {" "}
              · <Link href="/admin/udbakke?status=FAILED">Send fejlede igen fra udbakken</Link>
            </>
          )}
        </p>
      </div>
      <ScrollTable label="Modtagere" columns={["Modtager", "Status", "Sendt", "Fejl"]}>
        {mails.map((m) => (
          <tr key={m.id}>
            <td>{m.to}</td>
            <td>
              <EmailStatusBadge status={m.status} />
            </td>
            <td>{m.sentAt ? formatDateTimeShort(m.sentAt) : "–"}</td>
            <td className="small">{m.lastError ?? ""}</td>
          </tr>
        ))}
      </ScrollTable>
    </main>
  );
}
