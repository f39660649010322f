// Human-readable A4 PDF ("Faktura" / "Kreditnota") of an issued invoice document.
// Renders only from the snapshot, so an old invoice reprints exactly as issued.

import { readFileSync } from "node:fs";
import path from "node:path";
import { create as createFont, type Font } from "fontkit";
import PDFDocument from "pdfkit";
import type { InvoiceDocument, InvoiceDocumentLine } from "../../../domain/invoice-document";
import { formatVatRate } from "../../../domain/pricing";
import { formatDateMedium, formatKroner } from "../../../lib/format";
import { dateColumn } from "../../../domain/invoice-dates";

// pdfkit's built-in Helvetica is not embedded and has no reliable æøå; an embedded
// TrueType font is required. The app always runs with cwd = project root.
const FONT_DIR = path.join(process.cwd(), "src/server/invoices/render/fonts");
// Read and parsed once per process: parsing the 700 kB fonts for every invoice was most of
// its rendering time. pdfkit takes a parsed fontkit font as readily as the file's bytes, and
// still embeds a fresh subset per document.
let fontCache: { regular: Font; bold: Font } | undefined;
function fonts() {
  fontCache ??= {
    regular: createFont(readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf"))),
    bold: createFont(readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))),
  };
  return fontCache;
}

const PAGE_MARGIN = 50;
const FOOTER_HEIGHT = 40;
const COLOR_TEXT = "#1f2933";
const COLOR_MUTED = "#616e7c";
const COLOR_RULE = "#cbd2d9";
const COLOR_HEADER_BG = "#eef1f4";
const COLOR_ACCENT = "#1d4e89";

export interface RenderInvoicePdfOptions {
  /** Uncompressed content streams; only useful for inspecting the PDF in tests. */
  compress?: boolean;
}

export async function renderInvoicePdf(
  doc: InvoiceDocument,
  options: RenderInvoicePdfOptions = {},
): Promise<Buffer> {
  const isCredit = doc.kind === "CREDIT_NOTE";
  const title = isCredit ? "Kreditnota" : "Faktura";
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN },
    // Passing the font here keeps pdfkit from loading its AFM Helvetica at all.
    // @types/pdfkit says string, but pdfkit accepts a parsed font here as everywhere else.
    font: fonts().regular as unknown as string,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: "da-DK",
    displayTitle: true,
    info: {
      Title: `${title} ${doc.number}`,
      Author: doc.seller.name,
      Subject: `${title} ${doc.number} til ${doc.buyer.name}`,
      // Fixed to the issue date so re-rendering the same snapshot is reproducible.
      CreationDate: dateColumn(doc.issueDate),
      ModDate: dateColumn(doc.issueDate),
    },
  });
  pdf.registerFont("Regular", fonts().regular as unknown as string);
  pdf.registerFont("Bold", fonts().bold as unknown as string);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (c: Buffer) => chunks.push(c));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const layout = new Layout(pdf, `${title} ${doc.number} (fortsat)`);
  drawHeader(layout, doc, title);
  drawParties(layout, doc, title);
  drawNote(layout, doc);
  drawLines(layout, doc);
  drawTotals(layout, doc);
  drawPayment(layout, doc);
  drawFooters(layout, doc);

  pdf.end();
  return done;
}

// ---------------------------------------------------------------------------

class Layout {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly bottom: number;

  constructor(
    readonly pdf: PDFKit.PDFDocument,
    private readonly continuationHeading: string,
  ) {
    this.left = PAGE_MARGIN;
    this.right = pdf.page.width - PAGE_MARGIN;
    this.width = this.right - this.left;
    this.bottom = pdf.page.height - PAGE_MARGIN - FOOTER_HEIGHT;
  }

  get y(): number {
    return this.pdf.y;
  }

  set y(v: number) {
    this.pdf.y = v;
  }

  /** Starts a new page when `height` would not fit above the footer. */
  ensureSpace(height: number): boolean {
    if (this.pdf.y + height <= this.bottom) return false;
    this.pdf.addPage();
    this.text(this.continuationHeading, this.left, PAGE_MARGIN, { bold: true, size: 9, color: COLOR_MUTED });
    this.pdf.y = PAGE_MARGIN + 22;
    return true;
  }

  text(
    s: string,
    x: number,
    y: number,
    opts: { width?: number; align?: "left" | "right" | "center"; bold?: boolean; size?: number; color?: string } = {},
  ): void {
    this.pdf
      .font(opts.bold ? "Bold" : "Regular")
      .fontSize(opts.size ?? 9.5)
      .fillColor(opts.color ?? COLOR_TEXT)
      .text(s, x, y, { width: opts.width, align: opts.align ?? "left", lineBreak: opts.width !== undefined });
  }

  heightOf(s: string, width: number, size = 9.5, bold = false): number {
    return this.pdf.font(bold ? "Bold" : "Regular").fontSize(size).heightOfString(s, { width });
  }

  rule(y: number, color = COLOR_RULE, x1 = this.left, x2 = this.right): void {
    this.pdf.moveTo(x1, y).lineTo(x2, y).lineWidth(0.75).strokeColor(color).stroke();
  }
}

function drawHeader(l: Layout, doc: InvoiceDocument, title: string): void {
  const s = doc.seller;
  const top = PAGE_MARGIN;
  // The title sits top right; the seller's name wraps in the column left of it, so a long
  // name never runs under "KREDITNOTA".
  const heading = title.toUpperCase();
  const titleWidth = l.pdf.font("Bold").fontSize(24).widthOfString(heading);
  const nameWidth = l.width - titleWidth - 24;
  l.text(heading, l.left, top - 2, { width: l.width, align: "right", bold: true, size: 24, color: COLOR_TEXT });
  l.text(s.name, l.left, top, { width: nameWidth, bold: true, size: 15, color: COLOR_ACCENT });
  const sellerLines = [
    s.street,
    `${s.postalCode} ${s.city}`,
    `CVR-nr. ${s.cvr}`,
    s.email,
    `Tlf. ${s.phone}`,
  ];
  let y = top + Math.max(22, l.heightOf(s.name, nameWidth, 15, true) + 4);
  for (const line of sellerLines) {
    l.text(line, l.left, y, { size: 9, color: COLOR_MUTED });
    y += 12.5;
  }
  l.y = y + 14;
  l.rule(l.y, COLOR_ACCENT);
  l.y += 16;
}

function drawParties(l: Layout, doc: InvoiceDocument, title: string): void {
  const b = doc.buyer;
  const top = l.y;
  const colWidth = l.width / 2 - 20;

  l.text(doc.kind === "CREDIT_NOTE" ? "Krediteres til" : "Faktureres til", l.left, top, {
    bold: true,
    size: 8.5,
    color: COLOR_MUTED,
  });
  let y = top + 14;
  l.text(b.name, l.left, y, { bold: true, size: 11, width: colWidth });
  y += l.heightOf(b.name, colWidth, 11, true) + 2;
  for (const line of [b.street, `${b.postalCode} ${b.city}`]) {
    l.text(line, l.left, y, { width: colWidth });
    y += 13;
  }
  y += 6;
  const buyerFacts: [string, string][] = [
    ["EAN-nr.", b.ean],
    ["CVR-nr.", b.cvr],
    ["Ordrenummer", b.orderNumber],
    ["Personreference", b.personReference],
  ];
  if (b.accountingString?.trim()) buyerFacts.push(["Konteringsstreng", b.accountingString]);
  y = drawFacts(l, buyerFacts, l.left, y, 90, colWidth - 90);

  const rightX = l.left + l.width / 2 + 20;
  const rightW = l.right - rightX;
  const isCredit = doc.kind === "CREDIT_NOTE";
  const docFacts: [string, string][] = [
    [isCredit ? "Kreditnotanr." : "Fakturanr.", doc.number],
    [isCredit ? "Kreditnotadato" : "Fakturadato", formatDanishDate(doc.issueDate)],
  ];
  if (isCredit && doc.creditedInvoice) {
    docFacts.push(["Vedrører faktura", doc.creditedInvoice.number]);
    docFacts.push(["Fakturadato", formatDanishDate(doc.creditedInvoice.issueDate)]);
  } else {
    docFacts.push(["Forfaldsdato", formatDanishDate(doc.dueDate)]);
    docFacts.push(["Betalingsreference", doc.paymentId]);
  }
  l.text(`${title}oplysninger`, rightX, top, { bold: true, size: 8.5, color: COLOR_MUTED });
  const rightEnd = drawFacts(l, docFacts, rightX, top + 14, 100, rightW - 100, true);

  l.y = Math.max(y, rightEnd) + 18;
}

/** Label/value pairs in two columns; returns the y below the last pair. */
function drawFacts(
  l: Layout,
  facts: [string, string][],
  x: number,
  y: number,
  labelWidth: number,
  valueWidth: number,
  boldValues = false,
): number {
  for (const [label, value] of facts) {
    l.text(label, x, y, { size: 9, color: COLOR_MUTED, width: labelWidth - 6 });
    l.text(value, x + labelWidth, y, { size: 9.5, width: valueWidth, bold: boldValues });
    y += Math.max(13.5, l.heightOf(value, valueWidth, 9.5, boldValues) + 3);
  }
  return y;
}

function drawNote(l: Layout, doc: InvoiceDocument): void {
  if (!doc.note?.trim()) return;
  const h = l.heightOf(doc.note, l.width, 9.5);
  l.ensureSpace(h + 12);
  l.text(doc.note, l.left, l.y, { width: l.width, color: COLOR_TEXT });
  l.y += h + 14;
}

// Columns: Beskrivelse | Antal | Enhedspris | Beløb
const COL_QTY_W = 50;
const COL_PRICE_W = 95;
const COL_AMOUNT_W = 95;
const CELL_PAD = 6;

function tableColumns(l: Layout) {
  const amountX = l.right - COL_AMOUNT_W;
  const priceX = amountX - COL_PRICE_W;
  const qtyX = priceX - COL_QTY_W;
  return { descX: l.left, descW: qtyX - l.left, qtyX, priceX, amountX };
}

function drawTableHeader(l: Layout): void {
  const c = tableColumns(l);
  const y = l.y;
  l.pdf.rect(l.left, y, l.width, 20).fill(COLOR_HEADER_BG);
  const opts = { bold: true, size: 8.5, color: COLOR_TEXT } as const;
  l.text("Beskrivelse", c.descX + CELL_PAD, y + 6, opts);
  l.text("Antal", c.qtyX, y + 6, { ...opts, width: COL_QTY_W - CELL_PAD, align: "right" });
  l.text("Enhedspris", c.priceX, y + 6, { ...opts, width: COL_PRICE_W - CELL_PAD, align: "right" });
  l.text("Beløb", c.amountX, y + 6, { ...opts, width: COL_AMOUNT_W - CELL_PAD, align: "right" });
  l.y = y + 20;
}

function drawLines(l: Layout, doc: InvoiceDocument): void {
  l.ensureSpace(60);
  drawTableHeader(l);
  const c = tableColumns(l);
  for (const line of doc.lines) drawLine(l, line, c);
}

function drawLine(l: Layout, line: InvoiceDocumentLine, c: ReturnType<typeof tableColumns>): void {
  const descW = c.descW - 2 * CELL_PAD;
  const h = Math.max(l.heightOf(line.description, descW), 12) + 2 * 7;
  if (l.ensureSpace(h)) drawTableHeader(l);
  const y = l.y;
  l.text(line.description, c.descX + CELL_PAD, y + 7, { width: descW });
  l.text(formatQuantity(line.quantity), c.qtyX, y + 7, { width: COL_QTY_W - CELL_PAD, align: "right" });
  l.text(formatKroner(line.unitPriceOre), c.priceX, y + 7, {
    width: COL_PRICE_W - CELL_PAD,
    align: "right",
  });
  l.text(formatKroner(line.lineNetOre), c.amountX, y + 7, {
    width: COL_AMOUNT_W - CELL_PAD,
    align: "right",
  });
  l.rule(y + h);
  l.y = y + h;
}

function drawTotals(l: Layout, doc: InvoiceDocument): void {
  const rows: [string, string, boolean][] = [
    ["Subtotal ekskl. moms", formatKroner(doc.netOre), false],
    [`Moms ${formatVatRate(doc.vatRateBasisPoints)}`, formatKroner(doc.vatOre), false],
    [
      doc.kind === "CREDIT_NOTE" ? "Krediteret i alt inkl. moms" : "I alt inkl. moms",
      formatKroner(doc.grossOre),
      true,
    ],
  ];
  l.ensureSpace(rows.length * 18 + 30);
  const labelX = l.right - 290;
  const labelW = 290 - COL_AMOUNT_W;
  let y = l.y + 10;
  for (const [label, value, strong] of rows) {
    if (strong) {
      l.rule(y - 4, COLOR_TEXT, labelX, l.right);
      y += 3;
    }
    const size = strong ? 11 : 9.5;
    l.text(label, labelX, y, { width: labelW, bold: strong, size });
    l.text(value, l.right - COL_AMOUNT_W, y, {
      width: COL_AMOUNT_W - CELL_PAD,
      align: "right",
      bold: strong,
      size,
    });
    y += strong ? 20 : 16;
  }
  l.rule(y - 4, COLOR_TEXT, labelX, l.right);
  l.y = y + 20;
}

function drawPayment(l: Layout, doc: InvoiceDocument): void {
  const s = doc.seller;
  const isCredit = doc.kind === "CREDIT_NOTE";
  const facts: [string, string][] = isCredit
    ? [
        ["Vedrører faktura", doc.creditedInvoice?.number ?? ""],
        ["Afregning", "Beløbet tilbagebetales eller modregnes i et tilgodehavende."],
      ]
    : [
        ["Betales senest", formatDanishDate(doc.dueDate)],
        ["Reg.nr.", s.bankReg],
        ["Kontonr.", s.bankAccount],
        ...(s.iban?.trim() ? ([["IBAN", s.iban]] as [string, string][]) : []),
        ...(s.bic?.trim() ? ([["BIC/SWIFT", s.bic]] as [string, string][]) : []),
        ["Betalingsreference", doc.paymentId],
      ];
  const heading = isCredit ? "Kreditering" : "Betalingsoplysninger";
  const boxH = 16 + 20 + facts.length * 14 + 10;
  l.ensureSpace(boxH);
  const top = l.y;
  const boxW = l.width;
  l.pdf.roundedRect(l.left, top, boxW, boxH, 4).lineWidth(0.75).strokeColor(COLOR_RULE).stroke();
  l.text(heading, l.left + 12, top + 12, { bold: true, size: 10, color: COLOR_ACCENT });
  drawFacts(l, facts, l.left + 12, top + 32, 120, boxW - 24 - 120);
  l.y = top + boxH + 14;
  if (!isCredit) {
    const hint = `Angiv venligst betalingsreferencen ${doc.paymentId} ved betaling.`;
    l.ensureSpace(14);
    l.text(hint, l.left, l.y, { size: 8.5, color: COLOR_MUTED, width: l.width });
  }
}

function drawFooters(l: Layout, doc: InvoiceDocument): void {
  const s = doc.seller;
  const footer = [s.name, `${s.street}, ${s.postalCode} ${s.city}`, `CVR-nr. ${s.cvr}`, s.email].join(
    "  ·  ",
  );
  const range = l.pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    l.pdf.switchToPage(i);
    // Writing inside the bottom margin would otherwise trigger an automatic page break.
    const savedBottom = l.pdf.page.margins.bottom;
    l.pdf.page.margins.bottom = 0;
    const y = l.pdf.page.height - PAGE_MARGIN - 14;
    l.rule(y - 8);
    l.text(footer, l.left, y, { width: l.width, align: "center", size: 7.5, color: COLOR_MUTED });
    if (range.count > 1) {
      l.text(`Side ${i - range.start + 1} af ${range.count}`, l.left, y + 11, {
        width: l.width,
        align: "right",
        size: 7.5,
        color: COLOR_MUTED,
      });
    }
    l.pdf.page.margins.bottom = savedBottom;
  }
}

// ---------------------------------------------------------------------------
// Danish formatting comes from src/lib/format.ts, like every page and mail.

/** "2026-11-26" -> "26. november 2026": the document's calendar date, whatever the server's zone. */
export function formatDanishDate(isoDate: string): string {
  return formatDateMedium(dateColumn(isoDate));
}

function formatQuantity(q: number): string {
  return String(q).replace(".", ",");
}

