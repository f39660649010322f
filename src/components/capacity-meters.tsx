import type { PublicCohort } from "@/server/cohorts/list-public-cohorts";

type Capacity = Pick<
  PublicCohort,
  "confirmedDirections" | "maxDirections" | "minDirections" | "activeParticipants" | "maxParticipants" | "seatsLeft" | "running"
>;

/**
 * A cohort's places as words and bars that say the same thing: each bar fills with what is
 * taken, and the words above it count what is taken first ("14 af 36 … optaget"), then what is
 * free. The bars are decoration; the words carry the numbers.
 */
export function CapacityMeters({ cohort }: { cohort: Capacity }) {
  return (
    <div className="capacity">
      <CapacityLine
        taken={cohort.confirmedDirections}
        max={cohort.maxDirections}
        words="direktioner tilmeldt."
        aside={cohort.running ? <span className="badge running">Gennemføres</span> : <span>Holdet gennemføres ved {cohort.minDirections}.</span>}
        mark={cohort.running ? undefined : cohort.minDirections}
      />
      <CapacityLine
        taken={cohort.activeParticipants}
        max={cohort.maxParticipants}
        words="deltagerpladser optaget."
        aside={<span>{cohort.seatsLeft === 1 ? "1 plads ledig." : `${cohort.seatsLeft} pladser ledige.`}</span>}
      />
    </div>
  );
}

const percent = (value: number, max: number) => (max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0);

/** "taken af max words" with what follows from it, and a bar filled as far; `mark` marks a value on the bar (the minimum). */
function CapacityLine({ taken, max, words, aside, mark }: { taken: number; max: number; words: string; aside: React.ReactNode; mark?: number }) {
  return (
    <>
      <p className="capacity-line">
        <span>
          <strong>
            {taken} af {max}
          </strong>{" "}
          {words}
        </span>{" "}
        {aside}
      </p>
      <div className="meter capacity-meter" aria-hidden="true">
        <span style={{ width: `${percent(taken, max)}%` }} />
        {mark !== undefined && <i className="meter-mark" style={{ left: `${percent(mark, max)}%` }} />}
      </div>
    </>
  );
}
