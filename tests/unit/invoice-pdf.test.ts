import path from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import {
  formatDanishDate,
  renderInvoicePdf,
} from "../../src/server/invoices/render/invoice-pdf";
import { formatKroner } from "../../src/lib/format";
import { buyer, makeCreditNote, makeInvoice, seller } from "../support/invoice-fixtures";
import { extractRuns, extractText } from "../support/pdf-text";

// Document info values are indirect string objects, UTF-16BE when non-ASCII.
function infoEntry(pdf: Buffer, key: string): string | undefined {
  const raw = pdf.toString("latin1");
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
  if (!ref) return undefined;
  const str = new RegExp(`\\n${ref} 0 obj\\s*\\(([\\s\\S]*?)\\)\\s*endobj`).exec(raw)?.[1];
  if (str === undefined) return undefined;
  const bytes = Buffer.from(str.replace(/\\([()\\])/g, "$1"), "latin1");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString("utf16le");
  return bytes.toString("latin1");
}

// Font parsing makes the first render slow on a busy machine.
describe("renderInvoicePdf", { timeout: 30_000 }, () => {
  it("renders a PDF with embedded subset TrueType fonts and no standard fonts", async () => {
    const pdf = await renderInvoicePdf(makeInvoice(5), { compress: false });
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    // Non-embedded base-14 fonts would break æøå and PDF/A-style archiving.
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it("contains the invoice text, Danish amounts, dates and letters", async () => {
    const text = extractText(await renderInvoicePdf(makeInvoice(5), { compress: false }));
    for (const expected of [
      "FAKTURA",
      "Fakturanr.",
      "K2030-0001",
      "26. november 2026",
      "26. december 2026",
      "Ærø Kommune",
      "5970 Ærøskøbing",
      "5798000416604",
      "29189420",
      "PO-2026-4711",
      "SØRJ",
      "Konteringsstreng",
      "1.2.3-4567 / Lederudvikling",
      "Beskrivelse",
      "Antal",
      "Enhedspris",
      "Beløb",
      "14.900,00 kr.",
      "74.500,00 kr.",
      "Subtotal ekskl. moms",
      "Moms 25 %",
      "18.625,00 kr.",
      "I alt inkl. moms",
      "93.125,00 kr.",
      "Reg.nr.",
      "1234",
      "0001234567",
      "Åboulevarden 12, 2. sal",
    ]) {
      expect(text, `missing "${expected}"`).toContain(expected);
    }
    expect(text).not.toContain("\uFFFD");
    expect(text).not.toContain("Kreditnota");
  });

  it("the text check can fail (extractor sanity)", async () => {
    const text = extractText(await renderInvoicePdf(makeInvoice(1), { compress: false }));
    expect(text).toContain("18.625,00 kr.");
    expect(text).not.toContain("93.125,00 kr.");
  });

  it("omits the accounting string line when there is none and shows IBAN when given", async () => {
    const text = extractText(
      await renderInvoicePdf(
        makeInvoice(1, {
          buyer: { ...buyer, accountingString: null },
          seller: { ...seller, iban: "DK50 0040 0440 1162 43", bic: "NDEADKKK" },
        }),
        { compress: false },
      ),
    );
    expect(text).not.toContain("Konteringsstreng");
    expect(text).toContain("DK50 0040 0440 1162 43");
    expect(text).toContain("NDEADKKK");
  });

  it("renders a credit note referencing the credited invoice", async () => {
    const pdf = await renderInvoicePdf(makeCreditNote(2), { compress: false });
    const text = extractText(pdf);
    expect(text).toContain("KREDITNOTA");
    expect(text).toContain("K2030-K-0001");
    expect(text).toContain("Vedrører faktura");
    expect(text).toContain("K2030-0001");
    expect(text).toContain("37.250,00 kr.");
    expect(text).not.toContain("Forfaldsdato");
    expect(infoEntry(pdf, "Title")).toBe("Kreditnota K2030-K-0001");
    expect(infoEntry(pdf, "Subject")).toBe("Kreditnota K2030-K-0001 til Ærø Kommune");
  });

  it("keeps the title clear of a long seller name, which wraps in its own column", async () => {
    const name = "Komponent – Kommunernes Udviklingscenter for Ledelse, Styring og Organisation i Offentlig Sektor ApS";
    const measure = new PDFDocument({ autoFirstPage: false });
    measure.registerFont("Bold", path.join(process.cwd(), "src/server/invoices/render/fonts/DejaVuSans-Bold.ttf"));
    for (const doc of [makeCreditNote(2, { seller: { ...seller, name } }), makeInvoice(2, { seller: { ...seller, name } })]) {
      const runs = extractRuns(await renderInvoicePdf(doc, { compress: false }));
      const title = runs.find((r) => r.text === (doc.kind === "CREDIT_NOTE" ? "KREDITNOTA" : "FAKTURA"))!;
      expect(title.size).toBe(24);
      const nameLines = runs.filter((r) => r.size === 15);
      expect(nameLines.length).toBeGreaterThan(1);
      expect(nameLines.map((r) => r.text.trim()).join(" ")).toBe(name);
      for (const line of nameLines) {
        const right = line.x + measure.font("Bold").fontSize(15).widthOfString(line.text);
        expect(right, `"${line.text}" runs into the title`).toBeLessThan(title.x);
      }
      // The address starts below the last line of the name.
      const street = runs.find((r) => r.text === seller.street)!;
      expect(street.y).toBeLessThan(Math.min(...nameLines.map((r) => r.y)));
    }
  });

  it("paginates long line lists with the table header repeated", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({
      position: i + 1,
      description: `Deltagerplads ${i + 1}`,
      quantity: 1,
      unitPriceOre: 1_490_000,
      lineNetOre: 1_490_000,
    }));
    const doc = makeInvoice(1, {
      lines,
      netOre: 40 * 1_490_000,
      vatOre: 40 * 372_500,
      grossOre: 40 * 1_862_500,
    });
    const pdf = await renderInvoicePdf(doc, { compress: false });
    const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    const text = extractText(pdf);
    expect(text.split("Beskrivelse").length - 1).toBe(pages.length);
    expect(text).toContain("Deltagerplads 40");
    expect(text).toContain("745.000,00 kr.");
    expect(text).toContain(`Side 2 af ${pages.length}`);
  });

  it("compressed output (the production default) is still a valid PDF", async () => {
    const pdf = await renderInvoicePdf(makeInvoice(5));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(infoEntry(pdf, "Title")).toBe("Faktura K2030-0001");
  });
});

describe("Danish formatting", () => {
  it("formats kroner with thousands dots and decimal comma", () => {
    expect(formatKroner(1_490_000)).toBe("14.900,00 kr.");
    expect(formatKroner(9_312_500)).toBe("93.125,00 kr.");
    expect(formatKroner(5)).toBe("0,05 kr.");
    expect(formatKroner(123_456_789)).toBe("1.234.567,89 kr.");
    expect(formatKroner(-250)).toBe("-2,50 kr.");
  });

  it("formats dates as '26. november 2026'", () => {
    expect(formatDanishDate("2026-11-26")).toBe("26. november 2026");
    expect(formatDanishDate("2027-03-01")).toBe("1. marts 2027");
    expect(() => formatDanishDate("2027-13-01")).toThrow();
  });
});
