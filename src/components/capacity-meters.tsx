import type { PublicCohort } from "@/server/cohorts/list-public-cohorts";

type Capacity = Pick<
  PublicCohort,
  "confirmedDirections" | "maxDirections" | "minDirections" | "activeParticipants" | "maxParticipants" | "seatsLeft" | "running"
>;

export function CapacityMeters({ cohort }: { cohort: Capacity }) {
  const directionsPct = Math.round((cohort.confirmedDirections / cohort.maxDirections) * 100);
  const seatsPct = Math.round((cohort.activeParticipants / cohort.maxParticipants) * 100);
  return (
    <div>
      <div className="stat-row">
        <span>
          <strong>{cohort.confirmedDirections} af {cohort.maxDirections}</strong> direktioner tilmeldt
        </span>
        {cohort.running ? (
          <span className="badge running">Gennemføres</span>
        ) : (
          <span>gennemføres ved {cohort.minDirections} direktioner</span>
        )}
      </div>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${directionsPct}%` }} />
      </div>
      <div className="stat-row" style={{ marginTop: ".6rem" }}>
        <span>
          <strong>{cohort.seatsLeft}</strong> af {cohort.maxParticipants} deltagerpladser ledige
        </span>
      </div>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${seatsPct}%` }} />
      </div>
    </div>
  );
}
