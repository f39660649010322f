// Pure aggregation behind the partner overview: counts from confirmed directions and their
// active participants, so the numbers can be tested without a database.
import { addWeeks, startOfWeek } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { FIELDS, FIELD_LABELS, type FieldCode } from "@/domain/fields";

const TIME_ZONE = "Europe/Copenhagen";

export type OverviewDirection = {
  cohortId: string;
  createdAt: Date;
  municipalityCode: string;
  regionName: string;
  /** Active participants only. */
  participants: readonly { field: FieldCode; createdAt: Date }[];
};

export type OverviewCohort = { id: string; number: number; title: string; waitlistedDirections: number };

export type CohortRow = {
  number: number;
  title: string;
  confirmedDirections: number;
  waitlistedDirections: number;
  participants: number;
  scopedParticipants: number;
};
export type RegionRow = { name: string; municipalities: number; participatingMunicipalities: number; scopedParticipants: number };
export type FieldRow = { field: FieldCode; label: string; participants: number; inScope: boolean };
export type TrendPoint = { weekStart: Date; cumulativeDirections: number; cumulativeScopedParticipants: number };

export type OverviewAggregates = {
  headline: { participants: number; municipalities: number; regions: number };
  /** Confirmed directions in all, and on how many cohorts: only cohorts that have any count. */
  directions: { confirmed: number; cohorts: number };
  totalMunicipalities: number;
  participatingMunicipalities: number;
  cohorts: CohortRow[];
  regions: RegionRow[];
  fields: FieldRow[];
  trend: TrendPoint[];
};

/** Monday 00:00 Copenhagen time of the week containing `date`. */
export function weekStartInCopenhagen(date: Date): Date {
  return new Date(startOfWeek(new TZDate(date.getTime(), TIME_ZONE), { weekStartsOn: 1 }).getTime());
}

export function aggregateOverview(input: {
  scopeFields: readonly FieldCode[] | null;
  cohorts: readonly OverviewCohort[];
  directions: readonly OverviewDirection[];
  municipalities: readonly { code: string; regionName: string }[];
  now: Date;
}): OverviewAggregates {
  const inScope = (field: FieldCode) => input.scopeFields === null || input.scopeFields.includes(field);
  const scopedOf = (d: OverviewDirection) => d.participants.filter((p) => inScope(p.field));

  const cohorts = input.cohorts.map((cohort) => {
    const directions = input.directions.filter((d) => d.cohortId === cohort.id);
    return {
      number: cohort.number,
      title: cohort.title,
      confirmedDirections: directions.length,
      waitlistedDirections: cohort.waitlistedDirections,
      participants: directions.reduce((sum, d) => sum + d.participants.length, 0),
      scopedParticipants: directions.reduce((sum, d) => sum + scopedOf(d).length, 0),
    };
  });

  const scopedMunicipalities = new Set<string>();
  const scopedRegions = new Set<string>();
  const allMunicipalities = new Set<string>();
  const participantsByRegion = new Map<string, number>();
  const municipalitiesByRegion = new Map<string, Set<string>>();
  for (const d of input.directions) {
    allMunicipalities.add(d.municipalityCode);
    const scoped = scopedOf(d).length;
    if (scoped === 0) continue;
    scopedMunicipalities.add(d.municipalityCode);
    scopedRegions.add(d.regionName);
    participantsByRegion.set(d.regionName, (participantsByRegion.get(d.regionName) ?? 0) + scoped);
    const set = municipalitiesByRegion.get(d.regionName) ?? new Set<string>();
    set.add(d.municipalityCode);
    municipalitiesByRegion.set(d.regionName, set);
  }

  const regionTotals = new Map<string, number>();
  for (const m of input.municipalities) regionTotals.set(m.regionName, (regionTotals.get(m.regionName) ?? 0) + 1);
  const regions = [...regionTotals.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "da"))
    .map(([name, municipalities]) => ({
      name,
      municipalities,
      participatingMunicipalities: municipalitiesByRegion.get(name)?.size ?? 0,
      scopedParticipants: participantsByRegion.get(name) ?? 0,
    }));

  const fields = FIELDS.map((field) => ({
    field,
    label: FIELD_LABELS[field],
    participants: input.directions.reduce((sum, d) => sum + d.participants.filter((p) => p.field === field).length, 0),
    inScope: input.scopeFields !== null && inScope(field),
  }));

  const headlineParticipants = input.directions.reduce((sum, d) => sum + scopedOf(d).length, 0);

  return {
    headline: { participants: headlineParticipants, municipalities: scopedMunicipalities.size, regions: scopedRegions.size },
    directions: { confirmed: cohorts.reduce((sum, c) => sum + c.confirmedDirections, 0), cohorts: cohorts.filter((c) => c.confirmedDirections > 0).length },
    totalMunicipalities: input.municipalities.length,
    participatingMunicipalities: allMunicipalities.size,
    cohorts,
    regions,
    fields,
    trend: weeklyTrend(input.directions, scopedOf, input.now),
  };
}

function weeklyTrend(
  directions: readonly OverviewDirection[],
  scopedOf: (d: OverviewDirection) => readonly { createdAt: Date }[],
  now: Date,
): TrendPoint[] {
  if (directions.length === 0) return [];
  const directionWeeks = directions.map((d) => weekStartInCopenhagen(d.createdAt).getTime());
  const participantWeeks = directions.flatMap((d) => scopedOf(d).map((p) => weekStartInCopenhagen(p.createdAt).getTime()));
  const first = Math.min(...directionWeeks, ...participantWeeks);
  const last = Math.max(weekStartInCopenhagen(now).getTime(), ...directionWeeks, ...participantWeeks);
  const points: TrendPoint[] = [];
  // Step in calendar weeks in Copenhagen so a daylight-saving change never shifts a bucket.
  for (let week = new TZDate(first, TIME_ZONE); week.getTime() <= last; week = addWeeks(week, 1)) {
    const t = week.getTime();
    points.push({
      weekStart: new Date(t),
      cumulativeDirections: directionWeeks.filter((w) => w <= t).length,
      cumulativeScopedParticipants: participantWeeks.filter((w) => w <= t).length,
    });
  }
  return points;
}
