// Invoice numbers are gapless per series: the counter row is incremented in the same
// transaction that inserts the invoice, so a rollback returns the number.

export const INVOICE_SERIES = "F";
export const CREDIT_NOTE_SERIES = "K";

export function seriesFor(kind: "INVOICE" | "CREDIT_NOTE"): string {
  return kind === "INVOICE" ? INVOICE_SERIES : CREDIT_NOTE_SERIES;
}

/** (prefix "K2030", series "F", 7) → "K2030-F-0007" */
export function displayInvoiceNumber(prefix: string, series: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError("invoice numbers start at 1");
  return `${prefix}-${series}-${String(number).padStart(4, "0")}`;
}

/** True when `numbers` are exactly 1..n with no gap and no duplicate. */
export function isGapless(numbers: number[]): boolean {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.every((n, i) => n === i + 1);
}

/** Prefix of every invoice and credit note number of the programme. */
export const INVOICE_NUMBER_PREFIX = "K2030";

/** "faktura-K2030-F-0001.pdf", "kreditnota-K2030-K-0001.oioubl.xml" */
export function invoiceFileName(input: { kind: "INVOICE" | "CREDIT_NOTE"; number: string; extension: string }): string {
  return `${input.kind === "INVOICE" ? "faktura" : "kreditnota"}-${input.number}.${input.extension}`;
}
