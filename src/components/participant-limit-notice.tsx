import Link from "next/link";
import { plural } from "@/lib/format";

type Audience = "registration" | "director" | "staff";

/**
 * Stands where "Tilføj deltager" would be once a direction has as many participants as the
 * programme allows per direction (atParticipantLimit), saying why nothing can be added and what
 * can still be done.
 */
export function ParticipantLimitNotice({ max, audience }: { max: number; audience: Audience }) {
  const limit = plural(max, "deltager", "deltagere");
  return (
    <div className="notice info participant-limit" data-participant-limit="">
      <p>
        {audience === "registration" && (
          <>
            I har {limit} på, og det er det højeste antal, en direktion kan tilmelde. Skal en anden med, så fjern først en af deltagerne.
          </>
        )}
        {audience === "director" && (
          <>
            Direktionen har {limit}, og det er det højeste antal pr. direktion, så der kan ikke tilføjes flere. I kan stadig erstatte en deltager med en anden.
          </>
        )}
        {audience === "staff" && (
          <>
            Direktionen har {limit}, som er programmets grænse pr. direktion, så der kan ikke tilføjes flere. Grænsen ændres under <Link href="/admin/indstillinger">Indstillinger</Link>.
          </>
        )}
      </p>
    </div>
  );
}
