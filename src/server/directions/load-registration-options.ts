import "server-only";
import { publicDataMemo } from "@/server/public-data-memo";
import { listMunicipalities } from "@/server/municipalities/list-municipalities";
import { listPublicCohorts } from "@/server/cohorts/list-public-cohorts";
import { getProgramme } from "@/server/programme/get-programme";
import { formatDateLong, formatDateTimeLong } from "@/lib/format";
import { invoiceTimingSentence } from "@/domain/invoice-timing";
import type { CohortOption, MunicipalityOption, RegistrationOptions } from "@/app/(registration)/tilmelding/registration-state";

// Every step of the registration form posts to one action, which needs these options. They are
// public data (what /hold shows); the registration itself re-checks everything under the cohort
// lock, so a second-old seat count here can mislead no one.
const memoised = publicDataMemo<void, RegistrationOptions>(() => readRegistrationOptions(new Date()));

/** What the registration form offers: cohorts taking registrations (with room or waiting list only), the 98 municipalities, the price. */
export async function loadRegistrationOptions({ now }: { now?: Date } = {}): Promise<RegistrationOptions> {
  return now ? readRegistrationOptions(now) : memoised();
}

async function readRegistrationOptions(now: Date): Promise<RegistrationOptions> {
  const [cohorts, municipalities, programme] = await Promise.all([
    listPublicCohorts({ now }),
    listMunicipalities(),
    getProgramme(),
  ]);
  const open: CohortOption[] = cohorts
    .filter((c) => c.availability !== "CLOSED")
    .map((c) => ({
      slug: c.slug,
      title: c.title,
      dates:
        c.datesAnnounced && c.seminarStart
          ? `Seminar ${formatDateTimeLong(c.seminarStart)}${c.followUpStart ? `, opfølgningsdag ${formatDateLong(c.followUpStart)}` : ""}`
          : "Datoer annonceres snarest",
      deadline: c.registrationDeadline ? formatDateTimeLong(c.registrationDeadline) : null,
      availability: c.availability,
      seatsLeft: c.seatsLeft,
      directionSlotsLeft: c.directionSlotsLeft,
      seatsForNewDirection: c.seatsForNewDirection,
      running: c.running,
      invoiceTiming: invoiceTimingSentence({ timing: programme.invoiceTiming, cohort: c, daysBefore: programme.invoiceDaysBefore }),
    }));
  const list: MunicipalityOption[] = municipalities;
  return {
    cohorts: open,
    municipalities: list,
    pricePerParticipantOre: programme.pricePerParticipantOre,
    vatRateBasisPoints: programme.vatRateBasisPoints,
    cancellationTerms: programme.cancellationTerms,
    maxParticipantsPerDirection: programme.maxParticipantsPerDirection,
  };
}
