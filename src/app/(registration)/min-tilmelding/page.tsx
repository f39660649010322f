import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requirePageRole } from "@/server/auth/session";
import { readMyRegistration, type MyDirection } from "@/server/directions/list-my-directions";
import { SignOutButton } from "@/components/sign-out-button";
import { FollowUpDate, SeminarDates } from "@/components/cohort-dates";
import { canCancelRegistration, canChangeParticipantCount, canChangeParticipantDetails, freeCancellationDeadline, isFreeCancellation } from "@/domain/change-windows";
import { formatDateLong, formatDateShort, formatDateTimeLong, formatDateTimeShort, plural } from "@/lib/format";
import { atParticipantLimit } from "@/domain/capacity";
import { ParticipantLimitNotice } from "@/components/participant-limit-notice";
import { DONE_MESSAGES } from "./messages";
import { invoiceTimingSentence } from "@/domain/invoice-timing";
import { auditSentence } from "@/lib/audit-sentence";
import { InvoiceTable } from "@/components/invoices/invoice-table";
import { ParticipantTable } from "@/components/participants/participant-table";
import { BillingFacts } from "@/components/invoices/billing-facts";

export const metadata: Metadata = { title: "Min tilmelding" };

type Props = { searchParams: Promise<{ ny?: string; besked?: string; afventer?: string; allerede?: string }> };

export default async function MyRegistrationPage({ searchParams }: Props) {
  await connection();
  const user = await requirePageRole("/min-tilmelding");
  const [{ ny, besked, afventer, allerede }, { directions, cohortTitles }] = await Promise.all([searchParams, readMyRegistration({ user })]);
  const done = besked ? DONE_MESSAGES[besked] : undefined;
  return (
    <main id="main" className="container">
      <div className="stat-row" style={{ alignItems: "center" }}>
        <h1>Min tilmelding</h1>
        <SignOutButton />
      </div>
      <p className="muted">Logget ind som {user.email}</p>
      {ny === "1" && (
        <div className="notice success" role="status">
          <p>
            <strong>Tak for tilmeldingen.</strong> Vi har sendt en bekræftelse på e-mail. Her kan I se og ændre tilmeldingen.
          </p>
        </div>
      )}
      {afventer === "1" && (
        <div className="notice warning" role="status">
          <p>
            <strong>Tak for tilmeldingen. Den afventer Komponents godkendelse.</strong> I er logget ind med en e-mailadresse, som ikke er på kommunens domæne, så
            Komponent bekræfter, at tilmeldingen kommer fra kommunen. Pladserne er holdt til jer imens; der sendes ingen faktura, og deltagerne hører ikke fra os, før
            tilmeldingen er godkendt. I får en e-mail, når den er godkendt eller afvist, normalt inden for to hverdage.
          </p>
        </div>
      )}
      {allerede === "1" && (
        <div className="notice info" role="status">
          <p>Kommunen er allerede tilmeldt, og tilmeldingen er jeres. Her kan I se og ændre den.</p>
        </div>
      )}
      {done && (
        <div className="notice success" role="status">
          <p>{done}</p>
        </div>
      )}
      {directions.length === 0 ? (
        <div className="notice info">
          <p>Der er ingen tilmeldinger knyttet til {user.email}.</p>
          <p>
            <Link href="/tilmelding">Tilmeld jeres direktion</Link> eller se <Link href="/hold">holdene og datoerne</Link>.
          </p>
        </div>
      ) : (
        directions.map((direction) => <DirectionSection key={direction.id} direction={direction} viewerEmail={user.email} cohortTitles={cohortTitles} />)
      )}
    </main>
  );
}

function StatusText({ direction }: { direction: MyDirection }) {
  if (direction.status === "CONFIRMED") return <span className="badge open">Bekræftet</span>;
  if (direction.status === "WAITLISTED") return <span className="badge few">På venteliste, plads nr. {direction.waitlistRank}</span>;
  if (direction.status === "PENDING_APPROVAL") return <span className="badge few">Afventer godkendelse</span>;
  return <span className="badge closed">Annulleret</span>;
}

function DirectionSection({ direction, viewerEmail, cohortTitles }: { direction: MyDirection; viewerEmail: string; cohortTitles: Record<string, string> }) {
  const now = new Date();
  const { cohort } = direction;
  const headingId = `d-${direction.id}`;
  const active = direction.status !== "CANCELLED";
  const countOpen = active && direction.status !== "PENDING_APPROVAL" && canChangeParticipantCount({ now, registrationDeadline: cohort.registrationDeadline, seminarStart: cohort.seminarStart });
  const detailsOpen = active && canChangeParticipantDetails({ now, seminarStart: cohort.seminarStart });
  const invoiced = direction.invoices.some((i) => i.kind === "INVOICE");
  const paid = direction.invoices.some((i) => i.kind === "INVOICE" && i.status === "PAID");
  const freeCancellation = isFreeCancellation({ now, seminarStart: cohort.seminarStart, freeCancellationDays: cohort.programme.freeCancellationDays });
  const offer = direction.waitlistOffers[0];
  const base = `/min-tilmelding/${direction.id}`;
  return (
    <section aria-labelledby={headingId} className="card self-service-direction">
      <div className="stat-row" style={{ alignItems: "center" }}>
        <h2 id={headingId}>
          {direction.municipality.officialName} – {cohort.title}
        </h2>
        <StatusText direction={direction} />
      </div>

      {offer && (
        <div className="notice warning">
          <p>
            <strong>Der er blevet plads til jer.</strong> Tilbuddet gælder til {formatDateTimeLong(offer.expiresAt)}.{" "}
            <Link href={`/tilbud/${offer.token}`}>Se tilbuddet og bekræft pladsen</Link>
          </p>
        </div>
      )}
      {!active && (
        <div className="notice info">
          <p>
            Tilmeldingen blev annulleret{direction.cancelledAt ? ` ${formatDateLong(direction.cancelledAt)}` : ""}. Den kan ikke længere ændres; har I spørgsmål, så
            kontakt Komponent.
          </p>
        </div>
      )}
      {direction.status === "PENDING_APPROVAL" && (
        <div className="notice warning">
          <p>
            <strong>Tilmeldingen afventer Komponents godkendelse.</strong> Den er foretaget med en e-mailadresse, som ikke er på kommunens domæne. Pladserne er holdt til
            jer; der sendes ingen faktura, og deltagerne får først besked, når tilmeldingen er godkendt. I får en e-mail, når Komponent har godkendt eller afvist den.
          </p>
        </div>
      )}
      {direction.status === "WAITLISTED" && !offer && (
        <p>I står på ventelisten. Bliver der plads til jeres direktion, får kontaktpersonen et tilbud på e-mail, som gælder i 72 timer.</p>
      )}

      <h3>Holdet</h3>
      <dl className="self-service-facts">
        {active && (
          <>
            <dt>Gennemføres</dt>
            <dd>
              {direction.running
                ? "Ja – holdet har nok direktioner og gennemføres."
                : `Endnu ikke – holdet gennemføres, når ${cohort.minDirections} direktioner er tilmeldt (i dag ${direction.capacity.confirmedDirections}).`}
            </dd>
          </>
        )}
        <dt>Seminar</dt>
        <dd>
          <SeminarDates cohort={cohort} />
        </dd>
        <dt>Sted</dt>
        <dd>{cohort.seminarVenueName ? `${cohort.seminarVenueName}, ${cohort.seminarVenueAddress ?? ""}, ${cohort.seminarVenuePostalCode ?? ""} ${cohort.seminarVenueCity ?? ""}` : (cohort.seminarVenueCity ?? "Annonceres snarest")}</dd>
        <dt>Opfølgningsdag</dt>
        <dd>
          <FollowUpDate cohort={cohort} />
          {cohort.followUpVenueName ? `, ${cohort.followUpVenueName}, ${cohort.followUpVenueCity ?? ""}` : ""}
        </dd>
        {active && cohort.registrationDeadline && (
          <>
            <dt>Tilmeldingsfrist</dt>
            <dd>
              {formatDateTimeLong(cohort.registrationDeadline)}
              {countOpen ? " – indtil da kan I tilføje og afmelde deltagere." : " – fristen er overskredet, så deltagere kan ikke længere tilføjes eller afmeldes."}
            </dd>
          </>
        )}
        {active && cohort.seminarStart && (
          <>
            <dt>Gratis afmelding</dt>
            <dd>
              {freeCancellation
                ? `Indtil ${formatDateTimeLong(freeCancellationDeadline(cohort.seminarStart, cohort.programme.freeCancellationDays))}.`
                : `Sluttede ${formatDateTimeLong(freeCancellationDeadline(cohort.seminarStart, cohort.programme.freeCancellationDays))}; en afmelding nu faktureres fuldt.`}
              {detailsOpen ? " Deltagere kan erstattes af en kollega indtil seminarets start." : ""}
            </dd>
          </>
        )}
      </dl>

      <h3>Deltagere ({direction.participants.length})</h3>
      {!active && direction.participants.length === 0 && <p>Deltagerne blev afmeldt sammen med tilmeldingen.</p>}
      {direction.participants.length > 0 && (
        <ParticipantTable
          audience="director"
          label={`Deltagere fra ${direction.municipality.officialName}`}
          caption={`Deltagere fra ${direction.municipality.officialName}`}
          participants={direction.participants}
          changes={detailsOpen ? { href: (participantId, change) => `${base}/deltager/${participantId}/${change}`, canRemove: countOpen && direction.participants.length > 1 } : undefined}
        />
      )}
      {countOpen &&
        (atParticipantLimit(direction.participants.length, cohort.programme.maxParticipantsPerDirection) ? (
          <ParticipantLimitNotice count={direction.participants.length} max={cohort.programme.maxParticipantsPerDirection} audience="director" />
        ) : (
          <p style={{ marginTop: "1rem" }}>
            <Link className="button secondary small" href={`${base}/deltager/ny`}>
              Tilføj deltager
            </Link>
          </p>
        ))}

      <h3>Fakturaoplysninger</h3>
      <BillingFacts direction={direction} audience="director" />
      {active && !paid && (
        <p>
          <Link href={`${base}/fakturaoplysninger`}>Ret fakturaoplysninger</Link>
          {invoiced && <span className="small muted"> – fakturaen krediteres, og I får en ny med de rettede oplysninger.</span>}
        </p>
      )}
      {active && paid && <p className="small muted">Fakturaen er betalt. Skal fakturaoplysningerne ændres, så kontakt Komponent.</p>}

      <h3>Fakturaer</h3>
      {direction.invoices.length === 0 ? (
        <p>
          {direction.status === "CONFIRMED"
            ? `Der er endnu ikke udstedt en faktura. ${invoiceTimingSentence({ timing: cohort.programme.invoiceTiming, cohort, daysBefore: cohort.programme.invoiceDaysBefore })}`
            : "Der udstedes først en faktura, når tilmeldingen er bekræftet."}
        </p>
      ) : (
        <InvoiceTable
          audience="director"
          label={`Fakturaer til ${direction.municipality.officialName}`}
          caption="Fakturaer og kreditnotaer"
          invoices={direction.invoices}
        />
      )}

      <h3>Historik</h3>
      {direction.history.length === 0 ? (
        <p>Ingen ændringer endnu.</p>
      ) : (
        <ol className="timeline self-service-history">
          {direction.history.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at.toISOString()}>{formatDateTimeShort(entry.at)}</time>{" "}
              {auditSentence(entry, { audience: "director", viewerEmail, cohortTitles })}
            </li>
          ))}
        </ol>
      )}

      {active && canCancelRegistration({ now, seminarStart: cohort.seminarStart }) && (
        <p style={{ marginTop: "1.5rem" }}>
          <Link className="button secondary small" href={`${base}/annuller`}>
            Annullér tilmeldingen
          </Link>
        </p>
      )}
      <p className="small muted">{plural(direction.participants.length, "aktiv deltager", "aktive deltagere")} · tilmeldt {formatDateShort(direction.createdAt)}</p>
    </section>
  );
}
