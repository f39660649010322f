import Link from "next/link";
import { plural } from "@/lib/format";

type Audience = "registration" | "director" | "staff";

const people = (n: number) => plural(n, "deltager", "deltagere");

/**
 * Stands where "Tilføj deltager" would be once a direction has as many participants as the
 * programme allows per direction (atParticipantLimit), saying why nothing can be added and what
 * can still be done. `count` may exceed `max` when staff lowered the limit afterwards.
 */
export function ParticipantLimitNotice({ count, max, audience }: { count: number; max: number; audience: Audience }) {
  const over = count > max;
  return (
    <div className="notice info participant-limit" data-participant-limit="">
      <p>
        {audience === "registration" &&
          (over ? (
            <>
              En direktion kan tilmelde højst {people(max)}, og I har {people(count)} på. Fjern {count - max === 1 ? "en" : count - max} af deltagerne for at gå videre.
            </>
          ) : (
            <>I har {people(count)} på, og det er det højeste antal, en direktion kan tilmelde. Skal en anden med, så fjern først en af deltagerne.</>
          ))}
        {audience === "director" && (
          <>
            Direktionen har {people(count)}, og {over ? `grænsen er ${people(max)}` : "det er det højeste antal"} pr. direktion, så der kan ikke tilføjes flere. I kan stadig erstatte en
            deltager med en anden.
          </>
        )}
        {audience === "staff" && (
          <>
            Direktionen har {people(count)}, og programmets grænse er {people(max)} pr. direktion, så der kan ikke tilføjes flere. Grænsen ændres under{" "}
            <Link href="/admin/indstillinger">Indstillinger</Link>.
          </>
        )}
      </p>
    </div>
  );
}
