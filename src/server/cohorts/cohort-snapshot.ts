import type { Cohort } from "@/generated/prisma/client";

/** The fields an audit entry shows for a cohort (timestamps and ids are noise in a diff). */
export function cohortSnapshot(cohort: Cohort) {
  return {
    number: cohort.number,
    title: cohort.title,
    slug: cohort.slug,
    status: cohort.status,
    datesAnnounced: cohort.datesAnnounced,
    seminarStart: cohort.seminarStart,
    seminarEnd: cohort.seminarEnd,
    seminarVenueName: cohort.seminarVenueName,
    seminarVenueAddress: cohort.seminarVenueAddress,
    seminarVenuePostalCode: cohort.seminarVenuePostalCode,
    seminarVenueCity: cohort.seminarVenueCity,
    followUpStart: cohort.followUpStart,
    followUpEnd: cohort.followUpEnd,
    followUpVenueName: cohort.followUpVenueName,
    followUpVenueAddress: cohort.followUpVenueAddress,
    followUpVenuePostalCode: cohort.followUpVenuePostalCode,
    followUpVenueCity: cohort.followUpVenueCity,
    minDirections: cohort.minDirections,
    maxDirections: cohort.maxDirections,
    maxParticipants: cohort.maxParticipants,
    registrationDeadline: cohort.registrationDeadline,
    description: cohort.description,
    themes: cohort.themes,
  };
}
