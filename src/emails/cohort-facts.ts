import { formatDateLong, formatDateTimeLong, formatTime } from "@/lib/format";

export type CohortForMail = {
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
  followUpVenueCity: string | null;
};

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
