import { formatTime, isoDateInCopenhagen } from "@/lib/format";
import type { CohortRecord } from "@/server/cohorts/get-cohort";

/** The cohort as the form's text values (dates and times in Copenhagen wall-clock). */
export function cohortFormValues(cohort: CohortRecord): Record<string, string> {
  const date = (d: Date | null) => (d ? isoDateInCopenhagen(d) : "");
  const time = (d: Date | null) => (d ? formatTime(d) : "");
  return {
    cohortId: cohort.id,
    number: String(cohort.number),
    title: cohort.title,
    slug: cohort.slug,
    seminarDate: date(cohort.seminarStart),
    seminarStartTime: time(cohort.seminarStart),
    seminarEndDate: date(cohort.seminarEnd),
    seminarEndTime: time(cohort.seminarEnd),
    seminarVenueName: cohort.seminarVenueName ?? "",
    seminarVenueAddress: cohort.seminarVenueAddress ?? "",
    seminarVenuePostalCode: cohort.seminarVenuePostalCode ?? "",
    seminarVenueCity: cohort.seminarVenueCity ?? "",
    followUpDate: date(cohort.followUpStart),
    followUpStartTime: time(cohort.followUpStart),
    followUpEndTime: time(cohort.followUpEnd),
    followUpVenueName: cohort.followUpVenueName ?? "",
    followUpVenueAddress: cohort.followUpVenueAddress ?? "",
    followUpVenuePostalCode: cohort.followUpVenuePostalCode ?? "",
    followUpVenueCity: cohort.followUpVenueCity ?? "",
    minDirections: String(cohort.minDirections),
    maxDirections: String(cohort.maxDirections),
    maxParticipants: String(cohort.maxParticipants),
    registrationDeadline: date(cohort.registrationDeadline),
    description: cohort.description,
    themes: cohort.themes.join("\n"),
    datesAnnounced: cohort.datesAnnounced ? "on" : "",
  };
}
