// CSV for Danish Excel: it opens a file directly (double-click) only when the list separator is ";"
// (the da-DK locale uses "," as decimal mark) and reads it as UTF-8 only when a BOM is present.

export const CSV_BOM = "\uFEFF";
const SEPARATOR = ";";
const LINE_END = "\r\n";

export type CsvValue = string | number | boolean | null | undefined;

export type CsvColumn<Row> = {
  header: string;
  value: (row: Row) => CsvValue;
};

/** Quotes a cell when it contains the separator, a quote, a line break or leading/trailing space. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? (value ? "Ja" : "Nej") : String(value);
  if (/[;"\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** Neutralises spreadsheet formulas (CSV injection): a cell starting with = + - @ is shown as text. */
export function csvSafeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(SEPARATOR) + LINE_END;
}

/** The whole document, BOM first, every line (including the last) ending in CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [csvLine(columns.map((c) => c.header))];
  for (const row of rows) {
    lines.push(
      csvLine(
        columns.map((c) => {
          const v = c.value(row);
          return typeof v === "string" ? csvSafeText(v) : v;
        }),
      ),
    );
  }
  return CSV_BOM + lines.join("");
}

/** Response headers for a downloaded CSV; the filename must be ASCII-safe or is given as RFC 5987 too. */
export function csvResponseHeaders(filename: string): Record<string, string> {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
