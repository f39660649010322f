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
  const pct = (value: number, max: number) => (max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0);
  const minimumAt = pct(cohort.minDirections, cohort.maxDirections);
  return (
    <div className="capacity">
      <p className="capacity-line">
        <span>
          <strong>
            {cohort.confirmedDirections} af {cohort.maxDirections}
          </strong>{" "}
          direktioner tilmeldt.
        </span>{" "}
        {cohort.running ? <span className="badge running">Gennemføres</span> : <span>Holdet gennemføres ved {cohort.minDirections}.</span>}
      </p>
      <div className="meter capacity-meter" aria-hidden="true">
        <span style={{ width: `${pct(cohort.confirmedDirections, cohort.maxDirections)}%` }} />
        {!cohort.running && <i className="meter-mark" style={{ left: `${minimumAt}%` }} />}
      </div>
      <p className="capacity-line">
        <span>
          <strong>
            {cohort.activeParticipants} af {cohort.maxParticipants}
          </strong>{" "}
          deltagerpladser optaget.
        </span>{" "}
        <span>{cohort.seatsLeft === 1 ? "1 plads ledig." : `${cohort.seatsLeft} pladser ledige.`}</span>
      </p>
      <div className="meter capacity-meter" aria-hidden="true">
        <span style={{ width: `${pct(cohort.activeParticipants, cohort.maxParticipants)}%` }} />
      </div>
    </div>
  );
}
