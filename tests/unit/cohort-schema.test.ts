import { describe, expect, it } from "vitest";
import { cohortFormSchema, cohortSchema, nextCohortNumber } from "@/lib/schemas/cohort";
import { fieldErrorsOf } from "@/lib/form-state";

const valid = { number: "5", title: "Hold 5 – Herning", slug: "hold-5", minDirections: "5", maxDirections: "10", maxParticipants: "36" };
const taken = { numbers: new Set([1, 2, 3, 4]), slugs: new Set(["hold-1", "hold-2", "hold-3", "hold-4"]) };
const errorsOf = (values: Record<string, string>) => {
  const result = cohortFormSchema(taken).safeParse(values);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("the cohort form", () => {
  it("takes any unused positive number, also beyond the first four", () => {
    expect(cohortFormSchema(taken).parse(valid).number).toBe(5);
    expect(cohortFormSchema(taken).parse({ ...valid, number: "12", slug: "hold-12" }).number).toBe(12);
    expect(errorsOf({ ...valid, number: "0" })).toEqual({ number: "Holdnummeret skal være mellem 1 og 999." });
  });

  it("reports a taken number with the next free one, and a taken address", () => {
    expect(errorsOf({ ...valid, number: "2", slug: "hold-2" })).toEqual({
      number: "Hold 2 findes allerede. Vælg et ledigt nummer, fx 5.",
      slug: "Adressen er allerede brugt af et andet hold.",
    });
    expect(nextCohortNumber([1, 2, 7])).toBe(8);
    expect(nextCohortNumber([])).toBe(1);
  });

  it("shows every error at once: single fields, checks across fields and taken values in one answer", () => {
    expect(
      errorsOf({ ...valid, number: "3", title: "", slug: "hold-3", minDirections: "9", maxDirections: "6", seminarDate: "2027-09-14", registrationDeadline: "2027-10-01", followUpDate: "2027-02-30" }),
    ).toEqual({
      title: "Skriv en titel.",
      followUpDate: "Datoen findes ikke.",
      registrationDeadline: "Fristen skal ligge før seminaret.",
      minDirections: "Minimum kan ikke være større end maksimum.",
      number: "Hold 3 findes allerede. Vælg et ledigt nummer, fx 5.",
      slug: "Adressen er allerede brugt af et andet hold.",
    });
  });

  it("does not guess about a date whose time failed its own check", () => {
    expect(errorsOf({ ...valid, seminarDate: "2027-09-14", seminarStartTime: "25.00", registrationDeadline: "2027-10-01" })).toEqual({ seminarStartTime: "Skriv klokkeslættet som tt.mm, fx 12.00." });
    expect(errorsOf({ ...valid, seminarDate: "14-09-2027" })).toEqual({ seminarDate: "Skriv datoen som åååå-mm-dd." });
  });

  it("without taken values (the plain schema) checks the form alone", () => {
    expect(cohortSchema.parse({ ...valid, number: "2", slug: "hold-2" }).slug).toBe("hold-2");
  });
});
