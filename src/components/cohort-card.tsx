import type { PublicCohort } from "@/server/cohorts/list-public-cohorts";
import { CohortStatusBadge } from "@/components/cohort-status-badge";
import { DATES_TBA, FollowUpDate } from "@/components/cohort-dates";
import { formatDayRange, formatTime } from "@/lib/format";
import { CapacityMeters } from "@/components/capacity-meters";

export function CohortCard({ cohort }: { cohort: PublicCohort }) {
  const headingId = `cohort-${cohort.slug}`;
  return (
    <article className="card cohort-card" aria-labelledby={headingId}>
      <div className="header">
        <h2 id={headingId}>
          <a href={`/hold/${cohort.slug}`}>{cohort.title}</a>
        </h2>
        <CohortStatusBadge availability={cohort.availability} datesAnnounced={cohort.datesAnnounced} />
      </div>
      <dl className="meta">
        <dt>Seminar</dt>
        <dd>
          {cohort.datesAnnounced && cohort.seminarStart && cohort.seminarEnd ? (
            <>
              <time dateTime={cohort.seminarStart.toISOString()}>{formatDayRange(cohort.seminarStart, cohort.seminarEnd)}</time>
              <br />
              <span className="muted small">
                kl. {formatTime(cohort.seminarStart)} til kl. {formatTime(cohort.seminarEnd)} med overnatning
              </span>
            </>
          ) : (
            DATES_TBA
          )}
        </dd>
        <dt>Sted</dt>
        <dd>{cohort.seminarVenueName ? `${cohort.seminarVenueName}, ${cohort.seminarVenueCity}` : cohort.seminarVenueCity ?? "Annonceres snarest"}</dd>
        <dt>Opfølgning</dt>
        <dd>
          <FollowUpDate cohort={cohort} />
          {cohort.followUpVenueName ? `, ${cohort.followUpVenueName}, ${cohort.followUpVenueCity}` : ""}
        </dd>
      </dl>
      <CapacityMeters cohort={cohort} />
      <div className="footer">
        <a href={`/hold/${cohort.slug}`} className="button secondary small">
          Læs mere<span className="visually-hidden"> om {cohort.title}</span>
        </a>
      </div>
    </article>
  );
}
