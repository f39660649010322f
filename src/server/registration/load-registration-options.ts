import "server-only";
import { publicCacheTtlMs, publicDataVersion } from "@/http/public-page-cache";
import { listMunicipalities } from "@/server/municipalities/list-municipalities";
import { listPublicCohorts } from "@/server/cohorts/list-public-cohorts";
import { getProgramme } from "@/server/programme/get-programme";
import { formatDateLong, formatDateTimeLong } from "@/lib/format";
import type { CohortOption, MunicipalityOption, RegistrationOptions } from "@/app/(registration)/tilmelding/registration-state";

// Every step of the registration form posts to one action, which needs these options. They are
// public data (what /hold shows), so like the public pages they are reused until a write in
// this process or for at most PUBLIC_PAGE_CACHE_MS. The registration itself re-checks
// everything under the cohort lock, so a second-old seat count here can mislead no one.
let cached: { version: number; loadedAt: number; options: Promise<RegistrationOptions> } | undefined;

/** What the registration form offers: cohorts taking registrations (with room or waiting list only), the 98 municipalities, the price. */
export async function loadRegistrationOptions({ now }: { now?: Date } = {}): Promise<RegistrationOptions> {
  if (now) return readRegistrationOptions(now);
  const version = publicDataVersion();
  if (!cached || cached.version !== version || Date.now() - cached.loadedAt > publicCacheTtlMs()) {
    const options = readRegistrationOptions(new Date());
    cached = { version, loadedAt: Date.now(), options };
    options.catch(() => {
      if (cached?.options === options) cached = undefined;
    });
  }
  return cached.options;
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
      running: c.running,
    }));
  const list: MunicipalityOption[] = municipalities;
  return {
    cohorts: open,
    municipalities: list,
    pricePerParticipantOre: programme.pricePerParticipantOre,
    vatRateBasisPoints: programme.vatRateBasisPoints,
    cancellationTerms: programme.cancellationTerms,
  };
}
