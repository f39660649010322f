import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getPublicCohortPage } from "@/server/cohorts/list-public-cohorts";
import { CohortStatusBadge } from "@/components/cohort-status-badge";
import { CapacityMeters } from "@/components/capacity-meters";
import { DATES_TBA } from "@/components/cohort-dates";
import { FollowCohortForm } from "@/components/follow-cohort-form";
import { formatDateLong, formatDateTimeLong, formatTime, formatWholeKroner } from "@/lib/format";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { NOT_FOUND_METADATA } from "@/components/not-found-content";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const page = await getPublicCohortPage((await params).slug);
  return page ? { title: page.cohort.title } : NOT_FOUND_METADATA;
}

function Venue({ name, address, postalCode, city }: { name: string | null; address: string | null; postalCode: string | null; city: string | null }) {
  if (!name) return <p>{city ? `${city} – adressen annonceres snarest` : "Stedet annonceres snarest"}</p>;
  return (
    <address>
      <strong>{name}</strong>
      <br />
      {address}
      <br />
      {postalCode} {city}
    </address>
  );
}

export default async function CohortPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const page = await getPublicCohortPage(slug);
  if (!page) notFound();
  const { cohort, programme } = page;

  const accepting = cohort.availability !== "CLOSED";
  return (
    <main id="main" className="container">
      <Breadcrumbs trail={[{ href: "/", label: "Forløbet" }, { href: "/hold", label: "Hold og datoer" }]} current={cohort.title} />
      <div className="stat-row" style={{ alignItems: "center" }}>
        <h1>{cohort.title}</h1>
        <CohortStatusBadge availability={cohort.availability} datesAnnounced={cohort.datesAnnounced} />
      </div>
      <p className="lead">{cohort.description}</p>

      <div className="grid-2">
        <section aria-labelledby="programme-heading">
          <h2 id="programme-heading">Program</h2>
          {cohort.datesAnnounced && cohort.seminarStart && cohort.seminarEnd ? (
            <ol className="timeline">
              <li>
                <time dateTime={cohort.seminarStart.toISOString()}>{formatDateTimeLong(cohort.seminarStart)}</time>{" "}
                Seminaret begynder med frokost. Eftermiddag med oplæg, arbejde i egen direktion og sparring på tværs.
              </li>
              <li>
                <strong className="timeline-when">Aften og overnatning</strong> Middag og overnatning på stedet – rum til de uformelle samtaler.
              </li>
              <li>
                <time dateTime={cohort.seminarEnd.toISOString()}>{formatDateTimeLong(cohort.seminarEnd)}</time>{" "}
                Seminaret slutter med frokost efter formiddagens arbejde.
              </li>
              {cohort.followUpStart && (
                <li>
                  <time dateTime={cohort.followUpStart.toISOString()}>
                    {formatDateLong(cohort.followUpStart)}
                    {cohort.followUpEnd ? ` kl. ${formatTime(cohort.followUpStart)}–${formatTime(cohort.followUpEnd)}` : ""}
                  </time>{" "}
                  Opfølgningsdag: hvad har direktionen afprøvet siden seminaret, og hvad er næste skridt?
                </li>
              )}
            </ol>
          ) : (
            <div className="notice info">
              <p>
                <strong>{DATES_TBA}.</strong> Holdet følger samme ramme som de øvrige: et 12-12 seminar fra kl. 12.00 til
                kl. 12.00 næste dag med overnatning og en opfølgningsdag.
              </p>
            </div>
          )}
          <h3>Temaer</h3>
          <ul>
            {cohort.themes.map((theme) => (
              <li key={theme}>{theme}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">Sted og pladser</h2>
          <div className="card">
            <h3 style={{ marginTop: 0 }}>Seminar</h3>
            <Venue
              name={cohort.seminarVenueName}
              address={cohort.seminarVenueAddress}
              postalCode={cohort.seminarVenuePostalCode}
              city={cohort.seminarVenueCity}
            />
            <h3>Opfølgningsdag</h3>
            <Venue
              name={cohort.followUpVenueName}
              address={cohort.followUpVenueAddress}
              postalCode={cohort.followUpVenuePostalCode}
              city={cohort.followUpVenueCity}
            />
            <h3>Pladser</h3>
            <CapacityMeters cohort={cohort} />
            <p className="small muted" style={{ marginTop: "1rem" }}>
              Pris {formatWholeKroner(programme.pricePerParticipantOre)} pr. deltager ekskl. moms, inkl. overnatning, ekskl.
              transport.
              {cohort.registrationDeadline && <> Tilmeldingsfrist {formatDateTimeLong(cohort.registrationDeadline)}.</>}
            </p>
            {accepting ? (
              <p>
                <a className="button" href={`/tilmelding?hold=${cohort.slug}`}>
                  {cohort.availability === "FULL_WAITLIST" ? "Skriv direktionen på venteliste" : "Tilmeld jeres direktion"}
                </a>
              </p>
            ) : cohort.datesAnnounced ? (
              <div className="notice">
                <p>Holdet er ikke åbent for tilmelding.</p>
              </div>
            ) : (
              <FollowCohortForm slug={cohort.slug} />
            )}
          </div>
        </section>
      </div>
    </main>
  );
}
