import { z } from "zod";
import { parseCopenhagenLocal } from "@/lib/format";
import { MAX_DIRECTIONS_LIMIT, MAX_PARTICIPANT_CAP, MIN_MAX_DIRECTIONS, MIN_PARTICIPANT_CAP } from "@/domain/capacity";

// The cohort form sends a date per day plus optional times, so it works without JavaScript
// and the common 12-12 seminar needs one date only: 12.00 to 12.00 the next day.
export const SEMINAR_DEFAULT_START = "12:00";
export const SEMINAR_DEFAULT_END = "12:00";
export const FOLLOW_UP_DEFAULT_START = "09:30";
export const FOLLOW_UP_DEFAULT_END = "15:30";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Højst ${max} tegn.`)
    .optional()
    .transform((v) => (v ? v : null));

const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), "Skriv datoen som åååå-mm-dd.")
  .transform((v) => v || null);

const optionalTime = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^([01]?\d|2[0-3])[.:]?[0-5]\d$/.test(v), "Skriv klokkeslættet som tt.mm, fx 12.00.")
  .transform((v) => (v ? normaliseTime(v) : null));

function whole(label: string, min: number, max: number) {
  return z
    .string({ error: `Skriv ${label}.` })
    .trim()
    .regex(/^\d+$/, `Skriv ${label} som et helt tal.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label[0]!.toUpperCase()}${label.slice(1)} skal være mellem ${min} og ${max}.`);
}

/** "9.30", "0930", "09:30" → "09:30" */
export function normaliseTime(value: string): string {
  const digits = value.replace(/[.:]/g, "");
  const padded = digits.padStart(4, "0");
  return `${padded.slice(0, 2)}:${padded.slice(2, 4)}`;
}

/** The calendar day after an ISO date, independent of the server's time zone. */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export const MAX_COHORT_NUMBER = 999;

const cohortFields = z.object({
  number: whole("holdnummeret", 1, MAX_COHORT_NUMBER),
  title: z.string().trim().min(3, "Skriv en titel.").max(120, "Højst 120 tegn."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Brug kun små bogstaver a–z, tal og bindestreger, fx hold-4."),
  seminarDate: optionalDate,
  seminarStartTime: optionalTime,
  seminarEndDate: optionalDate,
  seminarEndTime: optionalTime,
  seminarVenueName: optionalText(120),
  seminarVenueAddress: optionalText(120),
  seminarVenuePostalCode: optionalText(10),
  seminarVenueCity: optionalText(80),
  followUpDate: optionalDate,
  followUpStartTime: optionalTime,
  followUpEndTime: optionalTime,
  followUpVenueName: optionalText(120),
  followUpVenueAddress: optionalText(120),
  followUpVenuePostalCode: optionalText(10),
  followUpVenueCity: optionalText(80),
  minDirections: whole("minimum af direktioner", 1, MAX_DIRECTIONS_LIMIT),
  maxDirections: whole("maksimum af direktioner", MIN_MAX_DIRECTIONS, MAX_DIRECTIONS_LIMIT),
  maxParticipants: whole("deltagerloftet", MIN_PARTICIPANT_CAP, MAX_PARTICIPANT_CAP),
  registrationDeadline: optionalDate,
  description: z.string().trim().max(4000, "Højst 4000 tegn.").default(""),
  themes: z.string().max(4000, "Højst 4000 tegn.").default(""),
  datesAnnounced: z.string().optional().transform((v) => v === "on" || v === "true"),
});

type CohortFields = z.output<typeof cohortFields>;

/** The numbers and addresses other cohorts of the programme use already. */
export type TakenCohortKeys = { numbers: ReadonlySet<number>; slugs: ReadonlySet<string> };

/** The lowest unused cohort number above every number in use: what "Opret hold" suggests. */
export function nextCohortNumber(numbers: Iterable<number>): number {
  return Math.max(0, ...numbers) + 1;
}

const isoDate = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The cohort's instants in Copenhagen time from the dates and times as entered: null where a
 * date is missing, impossible, or its time failed its own check (reported there).
 */
function instants(input: CohortFields) {
  const at = (date: unknown, time: unknown, fallback: string) => {
    if (!isoDate(date)) return null;
    if (time !== null && time !== undefined && !(typeof time === "string" && /^\d{2}:\d{2}$/.test(time))) return null;
    return parseCopenhagenLocal(`${date}T${time ?? fallback}`);
  };
  const seminarStart = at(input.seminarDate, input.seminarStartTime, SEMINAR_DEFAULT_START);
  const seminarEnd = isoDate(input.seminarDate) ? at(input.seminarEndDate ?? nextDay(input.seminarDate), input.seminarEndTime, SEMINAR_DEFAULT_END) : null;
  const followUpStart = at(input.followUpDate, input.followUpStartTime, FOLLOW_UP_DEFAULT_START);
  const followUpEnd = at(input.followUpDate, input.followUpEndTime, FOLLOW_UP_DEFAULT_END);
  const registrationDeadline = at(input.registrationDeadline, "23:59", "23:59");
  return { seminarStart, seminarEnd, followUpStart, followUpEnd, registrationDeadline };
}

/**
 * Checks across fields, run even when single fields failed (zod's `when`), so one submit shows
 * every error at once. Values of fields that failed may still be raw strings: compared only when
 * they have the type the check needs.
 */
function crossFieldChecks(input: CohortFields, ctx: z.RefinementCtx, taken?: TakenCohortKeys) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const { seminarStart, seminarEnd, followUpStart, followUpEnd, registrationDeadline } = instants(input);
  for (const key of ["seminarDate", "seminarEndDate", "followUpDate", "registrationDeadline"] as const) {
    const value = input[key];
    if (isoDate(value) && !parseCopenhagenLocal(value)) issue(key, "Datoen findes ikke.");
  }

  if (!input.seminarDate && input.seminarEndDate) issue("seminarDate", "Vælg seminarets startdato.");
  if (seminarStart && seminarEnd && seminarEnd <= seminarStart) issue("seminarEndDate", "Seminaret skal slutte efter, det begynder.");
  if (followUpStart && followUpEnd && followUpEnd <= followUpStart) issue("followUpEndTime", "Opfølgningsdagen skal slutte efter, den begynder.");
  if (seminarEnd && followUpStart && followUpStart <= seminarEnd) issue("followUpDate", "Opfølgningsdagen skal ligge efter seminaret.");
  if (registrationDeadline && seminarStart && registrationDeadline >= seminarStart) issue("registrationDeadline", "Fristen skal ligge før seminaret.");
  if (typeof input.minDirections === "number" && typeof input.maxDirections === "number" && input.minDirections > input.maxDirections) {
    issue("minDirections", "Minimum kan ikke være større end maksimum.");
  }
  if (input.datesAnnounced === true && !seminarStart) issue("seminarDate", "Datoerne kan ikke offentliggøres uden en seminardato.");

  if (taken && typeof input.number === "number" && taken.numbers.has(input.number)) {
    issue("number", `Hold ${input.number} findes allerede. Vælg et ledigt nummer, fx ${nextCohortNumber(taken.numbers)}.`);
  }
  if (taken && typeof input.slug === "string" && taken.slugs.has(input.slug)) issue("slug", "Adressen er allerede brugt af et andet hold.");
}

function cohortInput(input: CohortFields) {
  const { seminarStart, seminarEnd, followUpStart, followUpEnd, registrationDeadline } = instants(input);
  return {
    number: input.number,
    title: input.title,
    slug: input.slug,
    seminarStart,
    seminarEnd,
    seminarVenueName: input.seminarVenueName,
    seminarVenueAddress: input.seminarVenueAddress,
    seminarVenuePostalCode: input.seminarVenuePostalCode,
    seminarVenueCity: input.seminarVenueCity,
    followUpStart,
    followUpEnd,
    followUpVenueName: input.followUpVenueName,
    followUpVenueAddress: input.followUpVenueAddress,
    followUpVenuePostalCode: input.followUpVenuePostalCode,
    followUpVenueCity: input.followUpVenueCity,
    minDirections: input.minDirections,
    maxDirections: input.maxDirections,
    maxParticipants: input.maxParticipants,
    registrationDeadline,
    description: input.description,
    themes: input.themes
      .split(/\r?\n/)
      .map((t) => t.trim())
      .filter(Boolean),
    datesAnnounced: input.datesAnnounced,
  };
}

function cohortSchemaWith(taken?: TakenCohortKeys) {
  return cohortFields.superRefine((input, ctx) => crossFieldChecks(input, ctx, taken), { when: () => true }).transform(cohortInput);
}

/** The cohort form's rules. */
export const cohortSchema = cohortSchemaWith();

/** The cohort form's rules plus the numbers and addresses other cohorts use, so a taken one is reported with every other error. */
export function cohortFormSchema(taken: TakenCohortKeys) {
  return cohortSchemaWith(taken);
}

export type CohortInput = z.output<typeof cohortSchema>;
