import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { ATTENTION_DAYS_BEFORE_DEADLINE, getDashboard } from "@/server/dashboard/get-dashboard";
import { formatDateMedium, formatDateShort, formatDateTimeShort, formatKroner, plural } from "@/lib/format";
import { COHORT_STATUS_BADGE, COHORT_STATUS_LABELS } from "@/components/admin/labels";
import { Meter } from "@/components/admin/meter";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { PendingApprovalForms } from "@/components/admin/pending-approval-forms";
import { listPendingApprovals } from "@/server/directions/list-pending-approvals";
import { emailDomain } from "@/domain/municipal-identity";
import { formatAge } from "@/lib/format";

export const metadata: Metadata = { title: "Overblik" };

export default async function AdminDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/admin", "STAFF");
  const [{ cards, atRisk, belowMinimum, overdue, answered, failed, failedCount, failedTransmissions, failedTransmissionCount }, pending, query] = await Promise.all([
    getDashboard(),
    listPendingApprovals(),
    searchParams.then(singleParams),
  ]);
  const attention = pending.length + belowMinimum.length + atRisk.length + overdue.length + answered.length + failedCount + failedTransmissionCount;
  const now = new Date();
  return (
    <main id="main" className="container">
      <h1>Overblik</h1>
      <p className="lead">Status for de fire hold, penge og det, der kræver handling.</p>
      <Flash params={query} />

      <section aria-labelledby="attention-heading" className={`card attention${attention > 0 ? " has-items" : ""}`}>
        <h2 id="attention-heading">Kræver opmærksomhed {attention > 0 && <span className="badge full">{attention}</span>}</h2>
        {attention === 0 && <p>Intet lige nu.</p>}
        {pending.length > 0 && (
          <>
            <h3>Tilmeldinger, der afventer godkendelse ({pending.length})</h3>
            <p className="small muted">
              Tilmeldt med en adresse, der ikke er på kommunens domæne. Pladserne er holdt, men holdet gennemføres ikke på dem, og der er ikke faktureret.
            </p>
            <ul className="plain-list pending-approvals">
              {pending.map((p) => (
                <li key={p.id} className="card">
                  <p>
                    <Link href={`/admin/tilmeldinger/${p.id}`}>
                      {p.municipalityName}, {p.cohort.title}
                    </Link>{" "}
                    · {plural(p.participants, "deltager", "deltagere")} · afventet i {formatAge(p.createdAt, now)} (siden {formatDateTimeShort(p.createdAt)})
                  </p>
                  <p className="small">
                    Tilmeldt af {p.signInEmail ?? "ukendt"}; kontaktperson {p.contactName}, {p.contactEmail}. Kommunens domæner:{" "}
                    {p.municipalityDomains.length > 0 ? p.municipalityDomains.join(", ") : "ingen endnu"}.
                  </p>
                  <PendingApprovalForms directionId={p.id} signInDomain={p.signInEmail ? emailDomain(p.signInEmail) : null} municipalityName={p.municipalityName} from="overblik" />
                </li>
              ))}
            </ul>
          </>
        )}
        {belowMinimum.length > 0 && (
          <>
            <h3>Hold, der er faldet under minimum igen</h3>
            <ul>
              {belowMinimum.map((c) => (
                <li key={c.cohort.id}>
                  <Link href={`/admin/hold/${c.cohort.id}`}>{c.cohort.title}</Link>: {c.confirmedDirections} af mindst {c.cohort.minDirections} direktioner siden{" "}
                  {formatDateShort(c.cohort.belowMinimumSince!)}. Holdet gennemføres ikke, før det når minimum igen.
                </li>
              ))}
            </ul>
          </>
        )}
        {atRisk.length > 0 && (
          <>
            <h3>Hold under minimum tæt på fristen</h3>
            <ul>
              {atRisk.map((c) => (
                <li key={c.cohort.id}>
                  <Link href={`/admin/hold/${c.cohort.id}`}>{c.cohort.title}</Link>: {c.confirmedDirections} af mindst {c.cohort.minDirections} direktioner,{" "}
                  {c.daysToDeadline !== null && c.daysToDeadline >= 0 ? `${plural(c.daysToDeadline, "dag", "dage")} til fristen` : "fristen er overskredet"}
                </li>
              ))}
            </ul>
            <p className="small muted">Vises, når et hold mangler direktioner {ATTENTION_DAYS_BEFORE_DEADLINE} dage eller mindre før tilmeldingsfristen.</p>
          </>
        )}
        {answered.length > 0 && (
          <>
            <h3>Fakturaer, som kommunen har afvist eller har spørgsmål til</h3>
            <ul>
              {answered.map((a) => (
                <li key={a.invoiceId}>
                  <Link href={`/admin/tilmeldinger/${a.directionId}`}>{a.displayNumber}</Link> · {a.municipality} ·{" "}
                  {a.status === "REJECTED" ? "afvist" : "spørgsmål"} {formatDateShort(a.receivedAt)}
                  {a.reason ? <> · »{a.reason}«</> : null} ·{" "}
                  <Link href={`/admin/tilmeldinger/${a.directionId}/fakturaoplysninger`}>
                    Ret fakturaoplysninger<span className="visually-hidden"> for {a.displayNumber}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <p className="small muted">En rettelse krediterer fakturaen og sender en ny med de rettede oplysninger; så forsvinder den herfra.</p>
          </>
        )}
        {overdue.length > 0 && (
          <>
            <h3>Ubetalte fakturaer efter forfald</h3>
            <ul>
              {overdue.map((i) => (
                <li key={i.id}>
                  <Link href={`/admin/tilmeldinger/${i.directionId}`}>{i.displayNumber}</Link> · {i.direction.municipality.name} · {formatKroner(i.grossOre)} · forfaldt{" "}
                  {formatDateShort(i.dueDate)}
                </li>
              ))}
            </ul>
          </>
        )}
        {failedTransmissionCount > 0 && (
          <>
            <h3>Fakturaer, der ikke kunne sendes ({failedTransmissionCount})</h3>
            <ul>
              {failedTransmissions.map((t) => (
                <li key={t.id}>
                  {t.invoice.kind === "CREDIT_NOTE" ? "Kreditnota" : "Faktura"} {t.invoice.displayNumber} · {t.invoice.buyerName}
                  {t.failedAt && ` · ${formatDateTimeShort(t.failedAt)}`}
                  {t.lastError && <div className="small muted">{t.lastError}</div>}
                </li>
              ))}
            </ul>
            <p>
              <Link href="/admin/fakturaer?afsendelse=fejlet">Gå til fakturaerne og send igen</Link>
            </p>
          </>
        )}
        {failedCount > 0 && (
          <>
            <h3>Mails, der ikke kunne sendes ({failedCount})</h3>
            <ul>
              {failed.map((m) => (
                <li key={m.id}>
                  {m.to} · {m.subject} · {formatDateTimeShort(m.createdAt)}
                </li>
              ))}
            </ul>
            <p>
              <Link href="/admin/udbakke?status=FAILED">Gå til udbakken og send igen</Link>
            </p>
          </>
        )}
      </section>

      <h2>Holdene</h2>
      <div className="cards dashboard-cards">
        {cards.map((c) => (
          <article key={c.cohort.id} className="card dashboard-card" aria-labelledby={`cohort-${c.cohort.id}`}>
            <header className="dashboard-card-head">
              <h3 id={`cohort-${c.cohort.id}`}>
                <Link href={`/admin/hold/${c.cohort.id}`}>{c.cohort.title}</Link>
              </h3>
              <span className={`badge ${COHORT_STATUS_BADGE[c.cohort.status]}`}>{COHORT_STATUS_LABELS[c.cohort.status]}</span>
            </header>
            <p className="muted small">
              {c.cohort.seminarStart ? `Seminar ${formatDateMedium(c.cohort.seminarStart)}` : "Datoer ikke fastlagt"}
              {c.daysToSeminar !== null && c.daysToSeminar >= 0 && ` · om ${plural(c.daysToSeminar, "dag", "dage")}`}
            </p>
            <Meter
              label={
                <>
                  <span>
                    <strong>
                      {c.confirmedDirections} af {c.cohort.maxDirections}
                    </strong>{" "}
                    direktioner
                  </span>
                  {c.running ? <span className="badge running">Gennemføres</span> : <span className="badge few">Mangler {c.cohort.minDirections - c.confirmedDirections} til minimum</span>}
                </>
              }
              value={c.confirmedDirections}
              max={c.cohort.maxDirections}
              mark={c.cohort.minDirections}
              tone={c.running ? "ok" : "warn"}
            />
            <Meter
              label={
                <span>
                  <strong>
                    {c.activeParticipants} af {c.cohort.maxParticipants}
                  </strong>{" "}
                  deltagere{c.heldSeats > 0 && ` (+${c.heldSeats} holdt til tilbud eller godkendelse)`}
                </span>
              }
              value={c.activeParticipants}
              max={c.cohort.maxParticipants}
              tone={c.activeParticipants + c.heldSeats >= c.cohort.maxParticipants ? "danger" : undefined}
            />
            <dl className="dashboard-figures">
              <div>
                <dt>Venteliste</dt>
                <dd>{c.waitlisted}</dd>
              </div>
              <div>
                <dt>Faktureret</dt>
                <dd>{formatKroner(c.invoicedOre)}</dd>
              </div>
              <div>
                <dt>Betalt</dt>
                <dd>{formatKroner(c.paidOre)}</dd>
              </div>
              <div>
                <dt>Frist</dt>
                <dd>{c.cohort.registrationDeadline ? formatDateShort(c.cohort.registrationDeadline) : "–"}</dd>
              </div>
            </dl>
            <p className="dashboard-links small">
              <Link href={`/admin/tilmeldinger?hold=${c.cohort.id}`}>Tilmeldinger</Link> · <Link href={`/admin/hold/${c.cohort.id}/deltagerliste`}>Deltagerliste</Link> ·{" "}
              <Link href={`/admin/hold/${c.cohort.id}/venteliste`}>Venteliste</Link>
            </p>
          </article>
        ))}
      </div>
    </main>
  );
}
