import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvResponseHeaders, toCsv } from "@/lib/csv";

type Row = { name: string; count: number | null };
const columns = [
  { header: "Navn", value: (r: Row) => r.name },
  { header: "Antal", value: (r: Row) => r.count },
];

describe("toCsv", () => {
  it("starts with a UTF-8 BOM, separates with semicolons and ends every line with CRLF", () => {
    const csv = toCsv(columns, [{ name: "Søren Bech", count: 3 }]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe("Navn;Antal\r\nSøren Bech;3\r\n");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes cells with a semicolon, a quote or a line break and doubles inner quotes", () => {
    const csv = toCsv(columns, [
      { name: "Bech; Søren", count: 1 },
      { name: 'Chef "for" børn', count: 2 },
      { name: "to\nlinjer", count: 3 },
      { name: "cr\r\nlf", count: null },
    ]);
    const body = csv.slice(1).split("\r\n").slice(1).join("\r\n");
    expect(body).toBe('"Bech; Søren";1\r\n"Chef ""for"" børn";2\r\n"to\nlinjer";3\r\n"cr\r\nlf";\r\n');
  });

  it("keeps a header-only document for no rows", () => {
    expect(toCsv(columns, [])).toBe(`${CSV_BOM}Navn;Antal\r\n`);
  });

  it("neutralises formula-looking text so a spreadsheet shows it instead of evaluating it", () => {
    const csv = toCsv(columns, [{ name: "=HYPERLINK(\"x\")", count: -1 }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")";-1\r\n`);
  });
});

describe("csvCell", () => {
  it("renders empty values as empty cells and booleans in Danish", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("Ja");
    expect(csvCell(false)).toBe("Nej");
    expect(csvCell(" indrykket")).toBe('" indrykket"');
  });
});

describe("csvResponseHeaders", () => {
  it("forces a download that is never cached", () => {
    const h = csvResponseHeaders("deltagere-børn.csv");
    expect(h["Content-Disposition"]).toBe(
      `attachment; filename="deltagere-b_rn.csv"; filename*=UTF-8''deltagere-b%C3%B8rn.csv`,
    );
    expect(h["Cache-Control"]).toBe("no-store");
    expect(h["Content-Type"]).toBe("text/csv; charset=utf-8");
  });
});
