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

export const cohortSchema = z
  .object({
    number: whole("holdnummeret", 1, 4),
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
  })
  .transform((input, ctx) => {
    const at = (date: string | null, time: string | null, fallback: string, path: string) => {
      if (!date) return null;
      const parsed = parseCopenhagenLocal(`${date}T${time ?? fallback}`);
      if (!parsed) ctx.addIssue({ code: "custom", path: [path], message: "Datoen findes ikke." });
      return parsed;
    };
    const seminarStart = at(input.seminarDate, input.seminarStartTime, SEMINAR_DEFAULT_START, "seminarDate");
    const seminarEnd = input.seminarDate
      ? at(input.seminarEndDate ?? nextDay(input.seminarDate), input.seminarEndTime, SEMINAR_DEFAULT_END, "seminarEndDate")
      : null;
    const followUpStart = at(input.followUpDate, input.followUpStartTime, FOLLOW_UP_DEFAULT_START, "followUpDate");
    const followUpEnd = at(input.followUpDate, input.followUpEndTime, FOLLOW_UP_DEFAULT_END, "followUpEndTime");
    const registrationDeadline = at(input.registrationDeadline, "23:59", "23:59", "registrationDeadline");

    if (!input.seminarDate && input.seminarEndDate) {
      ctx.addIssue({ code: "custom", path: ["seminarDate"], message: "Vælg seminarets startdato." });
    }
    if (seminarStart && seminarEnd && seminarEnd <= seminarStart) {
      ctx.addIssue({ code: "custom", path: ["seminarEndDate"], message: "Seminaret skal slutte efter, det begynder." });
    }
    if (followUpStart && followUpEnd && followUpEnd <= followUpStart) {
      ctx.addIssue({ code: "custom", path: ["followUpEndTime"], message: "Opfølgningsdagen skal slutte efter, den begynder." });
    }
    if (seminarEnd && followUpStart && followUpStart <= seminarEnd) {
      ctx.addIssue({ code: "custom", path: ["followUpDate"], message: "Opfølgningsdagen skal ligge efter seminaret." });
    }
    if (registrationDeadline && seminarStart && registrationDeadline >= seminarStart) {
      ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "Fristen skal ligge før seminaret." });
    }
    if (input.minDirections > input.maxDirections) {
      ctx.addIssue({ code: "custom", path: ["minDirections"], message: "Minimum kan ikke være større end maksimum." });
    }
    if (input.datesAnnounced && !seminarStart) {
      ctx.addIssue({ code: "custom", path: ["seminarDate"], message: "Datoerne kan ikke offentliggøres uden en seminardato." });
    }

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
  });

export type CohortInput = z.output<typeof cohortSchema>;
