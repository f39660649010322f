import type { CohortForCalendar } from "@/domain/cohort-calendar";
import { formatDateLong, formatDateTimeLong, formatTime } from "@/lib/format";

/** What a mail says about a cohort: the calendar's facts, less the follow-up day's street address. */
export type CohortForMail = Omit<CohortForCalendar, "id" | "followUpVenueAddress" | "followUpVenuePostalCode">;

/** Hold, dates and venues as fact rows; dates not yet announced are said so plainly. */
export function cohortFacts(cohort: CohortForMail): [string, string][] {
  const rows: [string, string][] = [["Hold", cohort.title]];
  if (cohort.datesAnnounced && cohort.seminarStart && cohort.seminarEnd) {
    rows.push(["Seminar", `${formatDateTimeLong(cohort.seminarStart)} til ${formatDateTimeLong(cohort.seminarEnd)}`]);
  } else {
    rows.push(["Seminar", "Datoerne annonceres snarest"]);
  }
  if (cohort.seminarVenueName) {
    const address = [cohort.seminarVenueAddress, [cohort.seminarVenuePostalCode, cohort.seminarVenueCity].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    rows.push(["Sted", address ? `${cohort.seminarVenueName}, ${address}` : cohort.seminarVenueName]);
  }
  if (cohort.datesAnnounced && cohort.followUpStart) {
    const time = cohort.followUpEnd ? ` kl. ${formatTime(cohort.followUpStart)}–${formatTime(cohort.followUpEnd)}` : "";
    const venue = cohort.followUpVenueName ? `, ${cohort.followUpVenueName}${cohort.followUpVenueCity ? `, ${cohort.followUpVenueCity}` : ""}` : "";
    rows.push(["Opfølgningsdag", `${formatDateLong(cohort.followUpStart)}${time}${venue}`]);
  }
  return rows;
}
