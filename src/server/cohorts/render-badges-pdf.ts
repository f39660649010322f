import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";

// Same embedded fonts as the invoices: pdfkit's Helvetica has no reliable æøå.
const FONT_DIR = path.join(process.cwd(), "src/server/invoices/render/fonts");
const FONT_REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
const FONT_BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

// A4 (595.28 × 841.89 pt) in a 2 × 4 grid: 8 badges of about 90 × 55 mm, fitting common badge holders.
const PAGE_MARGIN = 36;
const COLUMNS = 2;
const ROWS = 4;
const GAP = 12;

export type Badge = { name: string; jobTitle: string; municipality: string };

export async function renderBadgesPdf({ badges, cohortNumber, compress = true }: { badges: Badge[]; cohortNumber: number; compress?: boolean }): Promise<Buffer> {
  const pdf = new PDFDocument({ compress, size: "A4", margin: PAGE_MARGIN, font: FONT_REGULAR, lang: "da-DK", info: { Title: `Navneskilte · Hold ${cohortNumber}` }, autoFirstPage: false });
  pdf.registerFont("Regular", FONT_REGULAR);
  pdf.registerFont("Bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (c: Buffer) => chunks.push(c));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const width = (595.28 - 2 * PAGE_MARGIN - (COLUMNS - 1) * GAP) / COLUMNS;
  const height = (841.89 - 2 * PAGE_MARGIN - (ROWS - 1) * GAP) / ROWS;
  const footer = `Kommunestyret 2030 · Hold ${cohortNumber}`;

  badges.forEach((badge, index) => {
    const slot = index % (COLUMNS * ROWS);
    if (slot === 0) pdf.addPage();
    const x = PAGE_MARGIN + (slot % COLUMNS) * (width + GAP);
    const y = PAGE_MARGIN + Math.floor(slot / COLUMNS) * (height + GAP);
    pdf.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor("#9aa3b5").rect(x, y, width, height).stroke().restore();
    pdf.rect(x, y, width, 6).fill("#0b4f6c");
    const inner = width - 32;
    // Name, job title and municipality flow one below the other, each as tall as it is, so a
    // long name (shrunk, then wrapped onto a second line) pushes the title down, never into it.
    const name = fitName(pdf, badge.name, inner);
    let top = y + (name.lines === 1 ? 40 : name.lines === 2 ? 28 : 20);
    pdf.fillColor("#14213d").font("Bold").fontSize(name.size).text(badge.name, x + 16, top, { width: inner, align: "center", height: name.height, ellipsis: true });
    top += name.height + 8;
    const titleHeight = Math.min(pdf.font("Regular").fontSize(11).heightOfString(badge.jobTitle || " ", { width: inner }), 28);
    pdf.fillColor("#3d4a66").text(badge.jobTitle, x + 16, top, { width: inner, align: "center", height: titleHeight, ellipsis: true });
    top += titleHeight + 10;
    pdf.font("Bold").fontSize(12).fillColor("#0b4f6c").text(badge.municipality, x + 16, top, { width: inner, align: "center", lineBreak: false, ellipsis: true });
    pdf.font("Regular").fontSize(8.5).fillColor("#5b6478").text(footer, x + 16, y + height - 24, { width: inner, align: "center", lineBreak: false });
  });
  if (badges.length === 0) {
    pdf.addPage();
    pdf.font("Regular").fontSize(12).text("Holdet har ingen deltagere endnu.");
  }
  pdf.end();
  return done;
}

/**
 * The name's size and height: one line at the largest size from 22 down to 15 that fits, else
 * two wrapped lines from 18 down to 13, else three from 16 down to 10; a name longer still is
 * cut with an ellipsis on the third line at 10 pt.
 */
function fitName(pdf: PDFKit.PDFDocument, text: string, width: number): { size: number; lines: number; height: number } {
  for (let size = 22; size >= 15; size--) {
    if (pdf.font("Bold").fontSize(size).widthOfString(text) <= width) return { size, lines: 1, height: pdf.currentLineHeight(true) };
  }
  for (const [lines, max, min] of [[2, 18, 13], [3, 16, 10]] as const) {
    for (let size = max; size >= min; size--) {
      pdf.font("Bold").fontSize(size);
      const height = lines * pdf.currentLineHeight(true);
      if (pdf.heightOfString(text, { width }) <= height + 0.5) return { size, lines, height };
    }
  }
  return { size: 10, lines: 3, height: 3 * pdf.font("Bold").fontSize(10).currentLineHeight(true) };
}
