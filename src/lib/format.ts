// The one module of Danish (da-DK) display formats. All times are shown in
// Europe/Copenhagen whatever the server's own time zone is.
import { format } from "date-fns";
import { da } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";

export const TIME_ZONE = "Europe/Copenhagen";

function inCopenhagen(date: Date): TZDate {
  return new TZDate(date.getTime(), TIME_ZONE);
}

// Formatting in a named zone is slow (each field asks Intl for the offset), and the same few
// instants (a cohort's dates, deadlines) are formatted on every page and in every mail.
const formatted = new Map<string, string>();
const FORMATTED_MAX = 5000;

/** `date` as Copenhagen wall-clock time in a date-fns pattern, with Danish names. */
function formatInCopenhagen(date: Date, pattern: string): string {
  const key = `${date.getTime()} ${pattern}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const text = format(inCopenhagen(date), pattern, { locale: da });
  if (formatted.size >= FORMATTED_MAX) formatted.clear();
  formatted.set(key, text);
  return text;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 1490000 → "14.900,00" (integer arithmetic only). */
export function formatAmount(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`amount must be whole øre, got ${ore}`);
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${groupThousands(String(kroner))},${String(rest).padStart(2, "0")}`;
}

/** 1490000 → "14.900,00 kr." */
export function formatKroner(ore: number): string {
  return `${formatAmount(ore)} kr.`;
}

/** 1490000 → "14.900 kr." for prose, where øre are always zero. */
export function formatWholeKroner(ore: number): string {
  if (ore % 100 !== 0) return formatKroner(ore);
  return `${groupThousands(String(ore / 100))} kr.`;
}

/** "tirsdag den 10. marts 2026 kl. 12.00" */
export function formatDateTimeLong(date: Date): string {
  return formatInCopenhagen(date, "EEEE 'den' d. MMMM yyyy 'kl.' HH.mm");
}

/** "tirsdag den 10. marts 2026" */
export function formatDateLong(date: Date): string {
  return formatInCopenhagen(date, "EEEE 'den' d. MMMM yyyy");
}

/** "10. marts 2026" */
export function formatDateMedium(date: Date): string {
  return formatInCopenhagen(date, "d. MMMM yyyy");
}

/** "10.03.2026" */
export function formatDateShort(date: Date): string {
  return formatInCopenhagen(date, "dd.MM.yyyy");
}

/** "12.00" */
export function formatTime(date: Date): string {
  return formatInCopenhagen(date, "HH.mm");
}

/** "10.03.2026 12.00" for tables. */
export function formatDateTimeShort(date: Date): string {
  return formatInCopenhagen(date, "dd.MM.yyyy HH.mm");
}

/** ISO calendar date (YYYY-MM-DD) of the instant in Copenhagen, for documents and inputs. */
export function isoDateInCopenhagen(date: Date): string {
  return formatInCopenhagen(date, "yyyy-MM-dd");
}

/** "2026-03-10T12:00" for <input type="datetime-local">, in Copenhagen time. */
export function datetimeLocalValue(date: Date): string {
  return formatInCopenhagen(date, "yyyy-MM-dd'T'HH:mm");
}

/** Parses "2026-03-10T12:00" (or "2026-03-10") as Copenhagen wall-clock time. */
export function parseCopenhagenLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, hh = "00", mm = "00"] = match;
  const date = new TZDate(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), 0, TIME_ZONE);
  if (Number.isNaN(date.getTime()) || date.getDate() !== Number(d)) return null;
  return new Date(date.getTime());
}

/** 2048 → "2 kB", 1536000 → "1,5 MB", 957 → "under 1 kB" (a file's size for people, not for accounting). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return "under 1 kB";
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, "kB"] : [bytes / 1_000_000, "MB"];
  return `${value.toLocaleString("da-DK", { maximumFractionDigits: value < 10 ? 1 : 0 })} ${unit}`;
}

/** "1 deltager" / "3 deltagere" */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "9.–10. marts 2027" or "31. marts – 1. april 2027" for a seminar spanning two days. */
export function formatDayRange(start: Date, end: Date): string {
  const a = inCopenhagen(start);
  const b = inCopenhagen(end);
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, "d. MMMM yyyy", { locale: da })} – ${format(b, "d. MMMM yyyy", { locale: da })}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, "d. MMMM", { locale: da })} – ${format(b, "d. MMMM yyyy", { locale: da })}`;
  if (a.getDate() === b.getDate()) return format(a, "d. MMMM yyyy", { locale: da });
  return `${format(a, "d.", { locale: da })}–${format(b, "d. MMMM yyyy", { locale: da })}`;
}

/** How long ago, in the largest whole unit ("under en time", "5 timer", "3 dage"), e.g. a pending registration's age. */
export function formatAge(since: Date, now: Date = new Date()): string {
  const hours = Math.floor(Math.max(0, now.getTime() - since.getTime()) / 3_600_000);
  if (hours < 1) return "under en time";
  if (hours < 48) return plural(hours, "time", "timer");
  return plural(Math.floor(hours / 24), "dag", "dage");
}

/** Danish genitive of a name: "Vejles", but "Aarhus'" (names ending in s, x or z take an apostrophe). */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}
