import { formatDateLong, formatDateTimeLong, formatTime } from "@/lib/format";

type Dates = {
  datesAnnounced: boolean;
  seminarStart: Date | null;
  seminarEnd: Date | null;
  followUpStart: Date | null;
  followUpEnd: Date | null;
};

export const DATES_TBA = "Datoer annonceres snarest";

export function SeminarDates({ cohort }: { cohort: Dates }) {
  if (!cohort.datesAnnounced || !cohort.seminarStart || !cohort.seminarEnd) return <>{DATES_TBA}</>;
  return (
    <>
      <time dateTime={cohort.seminarStart.toISOString()}>{formatDateTimeLong(cohort.seminarStart)}</time> til{" "}
      <time dateTime={cohort.seminarEnd.toISOString()}>{formatDateTimeLong(cohort.seminarEnd)}</time>
    </>
  );
}

export function FollowUpDate({ cohort }: { cohort: Dates }) {
  if (!cohort.datesAnnounced || !cohort.followUpStart) return <>{DATES_TBA}</>;
  return (
    <>
      <time dateTime={cohort.followUpStart.toISOString()}>{formatDateLong(cohort.followUpStart)}</time>
      {cohort.followUpEnd ? ` kl. ${formatTime(cohort.followUpStart)}–${formatTime(cohort.followUpEnd)}` : ""}
    </>
  );
}
