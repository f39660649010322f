// When a confirmed direction is invoiced: the programme's setting (Indstillinger), one rule for
// every path (registration, waiting list, staff move, the runs-event and the daily job).
import { addCalendarDays, dateColumn } from "./invoice-dates";
import { formatDateLong, isoDateInCopenhagen } from "../lib/format";

export type InvoiceTiming = "AT_REGISTRATION" | "WHEN_RUNNING" | "BEFORE_SEMINAR";

export const INVOICE_TIMINGS: readonly InvoiceTiming[] = ["AT_REGISTRATION", "WHEN_RUNNING", "BEFORE_SEMINAR"];

export const INVOICE_TIMING_LABELS: Record<InvoiceTiming, string> = {
  AT_REGISTRATION: "Ved tilmeldingen",
  WHEN_RUNNING: "Når holdet gennemføres (standard)",
  BEFORE_SEMINAR: "Et antal dage før seminaret",
};

type CohortTiming = { runningSince: Date | null; seminarStart: Date | null };

/**
 * The Copenhagen calendar date from which a cohort's directions are invoiced under
 * BEFORE_SEMINAR, or null while the seminar has no date.
 */
export function invoiceDateBeforeSeminar({ seminarStart, daysBefore }: { seminarStart: Date | null; daysBefore: number }): string | null {
  if (!seminarStart) return null;
  return addCalendarDays(isoDateInCopenhagen(seminarStart), -daysBefore);
}

/**
 * Whether a confirmed direction on this cohort is invoiced now. At registration: always. When
 * the cohort runs: once it has reached its minimum of directions (those already confirmed are
 * invoiced by the runs-event; later ones at once). Before the seminar: from the date
 * `daysBefore` days before the seminar (the daily job invoices those already confirmed).
 */
export function invoicesNow({ timing, cohort, daysBefore, now }: { timing: InvoiceTiming; cohort: CohortTiming; daysBefore: number; now: Date }): boolean {
  switch (timing) {
    case "AT_REGISTRATION":
      return true;
    case "WHEN_RUNNING":
      return cohort.runningSince !== null;
    case "BEFORE_SEMINAR": {
      const from = invoiceDateBeforeSeminar({ seminarStart: cohort.seminarStart, daysBefore });
      return from !== null && dateColumn(isoDateInCopenhagen(now)).getTime() >= dateColumn(from).getTime();
    }
  }
}

/** What directors are told about when their invoice comes, on the review step, in the confirmation mail and on Min tilmelding. */
export function invoiceTimingSentence({ timing, cohort, daysBefore }: { timing: InvoiceTiming; cohort: CohortTiming; daysBefore: number }): string {
  switch (timing) {
    case "AT_REGISTRATION":
      return "Fakturaen sendes, når tilmeldingen er bekræftet.";
    case "WHEN_RUNNING":
      return cohort.runningSince ? "Holdet gennemføres, så fakturaen sendes, når tilmeldingen er bekræftet." : "Fakturaen sendes, når holdet gennemføres.";
    case "BEFORE_SEMINAR": {
      const from = invoiceDateBeforeSeminar({ seminarStart: cohort.seminarStart, daysBefore });
      // Noon UTC of the date is the same date in Copenhagen.
      return from ? `Fakturaen sendes ${formatDateLong(new Date(`${from}T12:00:00Z`))} (${daysBefore} dage før seminaret).` : `Fakturaen sendes ${daysBefore} dage før seminaret.`;
    }
  }
}
