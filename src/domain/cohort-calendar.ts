import type { CalendarEvent } from "@/domain/ics";

export type CohortForCalendar = {
  id: string;
  title: string;
  datesAnnounced: boolean;
  seminarStart: Date | null;
  seminarEnd: Date | null;
  seminarVenueName: string | null;
  seminarVenueAddress: string | null;
  seminarVenuePostalCode: string | null;
  seminarVenueCity: string | null;
  followUpStart: Date | null;
  followUpEnd: Date | null;
  followUpVenueName: string | null;
  followUpVenueAddress: string | null;
  followUpVenuePostalCode: string | null;
  followUpVenueCity: string | null;
};

const UID_DOMAIN = "kommunestyret2030.komponent.dk";

function place(name: string | null, address: string | null, postalCode: string | null, city: string | null): string | undefined {
  const town = [postalCode, city].filter(Boolean).join(" ");
  const parts = [name, address, town].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/**
 * Whose calendar entries these are: a direction's entries carry its id in their UIDs, so when
 * the direction moves to another cohort, files with the same UIDs and a higher `sequence`
 * move the entries its contact and participants already hold. Without one, the cohort's own.
 */
export type CalendarOwner = { directionId: string; sequence: number };

/** The cohort's 12-12 seminar and follow-up day as calendar events; none until the dates are announced. */
export function cohortCalendarEvents(cohort: CohortForCalendar, owner?: CalendarOwner): CalendarEvent[] {
  if (!cohort.datesAnnounced) return [];
  const uidBase = owner ? `direction-${owner.directionId}` : cohort.id;
  const sequence = owner?.sequence ?? 0;
  const events: CalendarEvent[] = [];
  if (cohort.seminarStart && cohort.seminarEnd) {
    events.push({
      uid: `${uidBase}-seminar@${UID_DOMAIN}`,
      sequence,
      start: cohort.seminarStart,
      end: cohort.seminarEnd,
      summary: `Kommunestyret 2030: 12-12 seminar (${cohort.title})`,
      location: place(cohort.seminarVenueName, cohort.seminarVenueAddress, cohort.seminarVenuePostalCode, cohort.seminarVenueCity),
      description: "12-12 seminar med overnatning: fra frokost kl. 12.00 til frokost kl. 12.00 dagen efter.",
    });
  }
  if (cohort.followUpStart && cohort.followUpEnd) {
    events.push({
      uid: `${uidBase}-opfoelgning@${UID_DOMAIN}`,
      sequence,
      start: cohort.followUpStart,
      end: cohort.followUpEnd,
      summary: `Kommunestyret 2030: opfølgningsdag (${cohort.title})`,
      location: place(cohort.followUpVenueName, cohort.followUpVenueAddress, cohort.followUpVenuePostalCode, cohort.followUpVenueCity),
      description: "Opfølgningsdag: hvad har direktionen afprøvet siden seminaret, og hvad er næste skridt?",
    });
  }
  return events;
}
