import { describe, expect, it } from "vitest";
import { COHORTS } from "../../prisma/demo-data";
import { formatDateTimeLong, formatTime } from "@/lib/format";

// The demo's times are Copenhagen wall-clock times on both sides of the change to summer time.
describe("demo cohorts", () => {
  it.each(COHORTS.filter((c) => c.registrationDeadline).map((c) => [c.title, c] as const))("%s: deadline at 23.59, seminar 12.00 to 12.00, follow-up day 09.30 to 15.30", (_title, cohort) => {
    expect(formatTime(cohort.registrationDeadline!)).toBe("23.59");
    if (cohort.seminarStart) expect([formatTime(cohort.seminarStart), formatTime(cohort.seminarEnd!)]).toEqual(["12.00", "12.00"]);
    if (cohort.followUpStart) expect([formatTime(cohort.followUpStart), formatTime(cohort.followUpEnd!)]).toEqual(["09.30", "15.30"]);
  });

  it("gives Hold 2 a winter deadline at 23.59, not the summer offset's 22.59", () => {
    const hold2 = COHORTS.find((c) => c.slug === "hold-2")!;
    expect(formatDateTimeLong(hold2.registrationDeadline!)).toBe("fredag den 12. marts 2027 kl. 23.59");
  });
});
