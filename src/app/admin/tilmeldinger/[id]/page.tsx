import type { Metadata } from "next";
import { atParticipantLimit } from "@/domain/capacity";
import { ParticipantLimitNotice } from "@/components/participant-limit-notice";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatDateTimeShort } from "@/lib/format";
import { DIRECTION_STATUS_BADGE, DIRECTION_STATUS_LABELS } from "@/components/admin/labels";
import { AuditTable } from "@/components/admin/audit-table";
import { listCohortTitles } from "@/server/audit/list-cohort-titles";
import { EmailTable } from "@/components/admin/email-table";
import { listOutboxAttachments } from "@/server/email/outbox-attachments";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { issueInvoiceAction } from "@/app/admin/fakturaer/actions";
import { InvoiceButtons } from "@/app/admin/fakturaer/invoice-buttons";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PendingApprovalForms } from "@/components/admin/pending-approval-forms";
import { emailDomain } from "@/domain/municipal-identity";
import { formatAge, genitive } from "@/lib/format";
import { invoiceTimingSentence } from "@/domain/invoice-timing";
import { InvoiceTable } from "@/components/invoices/invoice-table";
import { ParticipantTable } from "@/components/participants/participant-table";
import { BillingFacts } from "@/components/invoices/billing-facts";

export const metadata: Metadata = { title: "Tilmelding" };

export default async function AdminDirectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const path = `/admin/tilmeldinger/${id}`;
  await requirePageRole(path, "STAFF");
  const query = singleParams(await searchParams);
  const direction = await db.direction.findUnique({
    where: { id },
    include: {
      municipality: { include: { domains: { orderBy: { domain: "asc" } } } },
      owner: { select: { email: true } },
      cohort: { include: { programme: { select: { invoiceTiming: true, invoiceDaysBefore: true, maxParticipantsPerDirection: true } } } },
      participants: { orderBy: [{ status: "asc" }, { createdAt: "asc" }] },
      invoices: {
        orderBy: { createdAt: "asc" },
        include: {
          transmissions: { where: { status: { not: "SENT" } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, attempts: true, lastError: true, nextAttemptAt: true } },
          responses: { orderBy: [{ receivedAt: "desc" }, { id: "desc" }], take: 1 },
        },
      },
    },
  });
  if (!direction) notFound();
  const [emails, history, cohortTitles] = await Promise.all([
    db.emailOutbox.findMany({ where: { directionId: id }, orderBy: { createdAt: "desc" }, take: 100, select: { id: true, to: true, subject: true, kind: true, status: true, createdAt: true, sentAt: true } }),
    db.auditLog.findMany({ where: { directionId: id }, orderBy: { at: "desc" }, take: 200 }),
    listCohortTitles(),
  ]);
  const attachments = await listOutboxAttachments(emails.map((m) => m.id));
  const active = direction.participants.filter((p) => p.status === "ACTIVE");
  const open = direction.status !== "CANCELLED";

  return (
    <main id="main" className="container wide">
      <Breadcrumbs trail={[{ href: "/admin/tilmeldinger", label: "Tilmeldinger" }]} current={direction.municipality.name} />
      <div className="page-head">
        <h1>{direction.municipality.name} Kommune</h1>
        <span className={`badge ${DIRECTION_STATUS_BADGE[direction.status]}`}>
          {DIRECTION_STATUS_LABELS[direction.status]}
          {direction.waitlistPosition !== null && ` nr. ${direction.waitlistPosition}`}
        </span>
      </div>
      <Flash params={query} />
      {direction.status === "PENDING_APPROVAL" && (
        <section className="card notice warning" aria-labelledby="approval-heading">
          <h2 id="approval-heading">Afventer godkendelse</h2>
          <p>
            Tilmeldt af {direction.owner?.email ?? "ukendt"} for {formatAge(direction.createdAt)} siden ({formatDateTimeShort(direction.createdAt)}). Adressen er ikke på{" "}
            {genitive(direction.municipality.name)} domæner ({direction.municipality.domains.length > 0 ? direction.municipality.domains.map((d) => d.domain).join(", ") : "ingen endnu"}
            ; <Link href={`/admin/kommuner/${direction.municipalityCode}`}>ret domænerne</Link>). Pladserne er holdt; der er ikke faktureret.
          </p>
          <p>Godkend: tilmeldingen bekræftes, faktureres og direktionen og deltagerne får besked. Afvis: den annulleres, pladserne tilbydes ventelisten, og direktionen får besked.</p>
          <PendingApprovalForms
            directionId={direction.id}
            signInDomain={direction.owner ? emailDomain(direction.owner.email) : null}
            municipalityName={direction.municipality.name}
            from="tilmelding"
          />
        </section>
      )}

      <div className="grid-2">
        <section className="card" aria-labelledby="facts-heading">
          <h2 id="facts-heading">Tilmelding</h2>
          <dl className="kv">
            <dt>Hold</dt>
            <dd>
              <Link href={`/admin/hold/${direction.cohortId}`}>{direction.cohort.title}</Link>
            </dd>
            <dt>Kontaktperson</dt>
            <dd>
              {direction.contactName}
              {direction.contactTitle && `, ${direction.contactTitle}`}
              <br />
              <a href={`mailto:${direction.contactEmail}`}>{direction.contactEmail}</a>
              {direction.contactPhone && ` · ${direction.contactPhone}`}
            </dd>
            <dt>Region</dt>
            <dd>{direction.municipality.regionName}</dd>
            <dt>Tilmeldt</dt>
            <dd>{formatDateTimeShort(direction.createdAt)}</dd>
            {direction.cancelledAt && (
              <>
                <dt>Annulleret</dt>
                <dd>{formatDateTimeShort(direction.cancelledAt)}</dd>
              </>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="billing-heading">
          <h2 id="billing-heading">Fakturering</h2>
          <BillingFacts direction={direction} audience="staff" />
          {open && (
            <p>
              <Link className="button secondary small" href={`${path}/fakturaoplysninger`}>
                Ret fakturaoplysninger …
              </Link>
            </p>
          )}
        </section>
      </div>

      {open && (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">Handlinger</h2>
          <div className="form-actions">
            <Link className="button secondary" href={`${path}/flyt`}>
              Flyt til andet hold …
            </Link>
            <Link className="button danger" href={`${path}/annuller`}>
              Annullér tilmeldingen …
            </Link>
            {direction.status === "WAITLISTED" && (
              <Link className="button secondary" href={`/admin/hold/${direction.cohortId}/venteliste`}>
                Ventelisten
              </Link>
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">
          Deltagere ({active.length} aktive)
        </h2>
        <ParticipantTable
          audience="staff"
          label="Deltagere"
          participants={direction.participants}
          changes={{ href: (participantId, change) => (change === "afmeld" ? `${path}/afmeld/${participantId}` : `${path}/deltager/${participantId}/${change}`), canRemove: open && active.length > 1 }}
        />
        {open &&
          (atParticipantLimit(active.length, direction.cohort.programme.maxParticipantsPerDirection) ? (
            <ParticipantLimitNotice count={active.length} max={direction.cohort.programme.maxParticipantsPerDirection} audience="staff" />
          ) : (
            <p>
              <Link className="button secondary small" href={`${path}/deltager/ny`}>
                Tilføj deltager
              </Link>
            </p>
          ))}
      </section>

      <section aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">Fakturaer</h2>
        {direction.status === "CONFIRMED" && (
          <form action={issueInvoiceAction} className="inline-form">
            <input type="hidden" name="directionId" value={id} />
            <input type="hidden" name="tilbage" value={path} />
            <button className="button secondary small" type="submit">
              Udsted faktura for ufakturerede deltagere
            </button>
          </form>
        )}
        {direction.invoices.length === 0 ? (
          <p>
            Ingen fakturaer endnu.
            {direction.status === "CONFIRMED" &&
              ` ${invoiceTimingSentence({ timing: direction.cohort.programme.invoiceTiming, cohort: direction.cohort, daysBefore: direction.cohort.programme.invoiceDaysBefore })}`}
          </p>
        ) : (
          <InvoiceTable
            audience="staff"
            label="Fakturaer og kreditnotaer"
            invoices={direction.invoices}
            documentsColumn
            actions={(invoice) => <InvoiceButtons invoice={invoice} back={path} />}
          />
        )}
      </section>

      <section aria-labelledby="emails-heading">
        <h2 id="emails-heading">Mails</h2>
        {emails.length === 0 ? (
          <p>Der er ikke sendt mails om tilmeldingen.</p>
        ) : (
          <EmailTable mails={emails} attachments={attachments} />
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Historik</h2>
        {history.length === 0 ? <p>Ingen ændringer registreret.</p> : <AuditTable entries={history} cohortTitles={cohortTitles} />}
      </section>
    </main>
  );
}
