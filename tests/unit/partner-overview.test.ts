import { describe, expect, it } from "vitest";
import { aggregateOverview, weekStartInCopenhagen } from "@/domain/partner-overview";

describe("weekStartInCopenhagen", () => {
  it("buckets by Monday midnight Copenhagen time, also across the change to summer time", () => {
    // Sunday 23:30 Copenhagen in UTC is still Sunday's week; Monday 00:30 local is the next week.
    expect(weekStartInCopenhagen(new Date("2027-03-28T21:30:00Z")).toISOString()).toBe("2027-03-21T23:00:00.000Z");
    expect(weekStartInCopenhagen(new Date("2027-03-28T22:30:00Z")).toISOString()).toBe("2027-03-28T22:00:00.000Z");
  });
});

describe("aggregateOverview", () => {
  const direction = (cohortId: string, code: string, region: string, createdAt: string, fields: ("CHILDREN_CULTURE" | "SOCIAL_HEALTH")[]) => ({
    cohortId,
    createdAt: new Date(createdAt),
    municipalityCode: code,
    regionName: region,
    participants: fields.map((field) => ({ field, createdAt: new Date(createdAt) })),
  });

  it("counts the scope's participants, municipalities and regions, and accumulates weekly with empty weeks filled", () => {
    const result = aggregateOverview({
      scopeFields: ["CHILDREN_CULTURE"],
      cohorts: [{ id: "c1", number: 1, title: "Hold 1", waitlistedDirections: 2 }],
      directions: [
        direction("c1", "0751", "Region Midtjylland", "2027-01-05T10:00:00Z", ["CHILDREN_CULTURE", "SOCIAL_HEALTH"]),
        direction("c1", "0461", "Region Syddanmark", "2027-01-20T10:00:00Z", ["SOCIAL_HEALTH"]),
      ],
      municipalities: [
        { code: "0751", regionName: "Region Midtjylland" },
        { code: "0461", regionName: "Region Syddanmark" },
        { code: "0101", regionName: "Region Hovedstaden" },
      ],
      now: new Date("2027-01-21T10:00:00Z"),
    });
    expect(result.headline).toEqual({ participants: 1, municipalities: 1, regions: 1 });
    expect(result.cohorts).toEqual([{ number: 1, title: "Hold 1", confirmedDirections: 2, waitlistedDirections: 2, participants: 3, scopedParticipants: 1 }]);
    expect(result.regions.map((r) => [r.name, r.participatingMunicipalities, r.scopedParticipants])).toEqual([
      ["Region Hovedstaden", 0, 0],
      ["Region Midtjylland", 1, 1],
      ["Region Syddanmark", 0, 0],
    ]);
    expect(result.trend.map((p) => [p.cumulativeDirections, p.cumulativeScopedParticipants])).toEqual([
      [1, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it("counts only the cohorts that have confirmed directions ('8 bekræftede direktioner på 3 hold')", () => {
    const cohorts = [1, 2, 3, 4].map((n) => ({ id: `c${n}`, number: n, title: `Hold ${n}`, waitlistedDirections: 0 }));
    const directions = [
      ...["0751", "0461", "0101", "0147"].map((code) => direction("c1", code, "Region Hovedstaden", "2027-01-05T10:00:00Z", ["SOCIAL_HEALTH"])),
      ...["0151", "0153", "0155"].map((code) => direction("c2", code, "Region Hovedstaden", "2027-01-05T10:00:00Z", ["SOCIAL_HEALTH"])),
      direction("c3", "0157", "Region Hovedstaden", "2027-01-05T10:00:00Z", ["SOCIAL_HEALTH"]),
    ];
    const result = aggregateOverview({ scopeFields: null, cohorts, directions, municipalities: [], now: new Date("2027-01-21T10:00:00Z") });
    expect(result.directions).toEqual({ confirmed: 8, cohorts: 3 });
  });
});
