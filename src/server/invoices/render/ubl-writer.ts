// The parts of a UBL document both e-invoice renderers (Peppol BIS 3, OIOUBL 2.1) write the same
// way: namespaces, escaped elements, and amounts, percentages and quantities as UBL wants them.
// Pure and deterministic: the same document always yields the same bytes.
import type { InvoiceDocument, InvoiceDocumentLine } from "../../../domain/invoice-document";

export const UBL_NAMESPACES = {
  invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  creditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
} as const;

/** The root element's opening tag with the default and cac/cbc namespaces. */
export function rootOpen(root: "Invoice" | "CreditNote"): string {
  const ns = root === "Invoice" ? UBL_NAMESPACES.invoice : UBL_NAMESPACES.creditNote;
  return `<${root} xmlns="${ns}" xmlns:cac="${UBL_NAMESPACES.cac}" xmlns:cbc="${UBL_NAMESPACES.cbc}">`;
}

export function el(tag: string, text: string): string {
  return `<${tag}>${escapeXml(text)}</${tag}>`;
}

export function elAttr(tag: string, attrs: Record<string, string>, text: string): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  return `<${tag}${a}>${escapeXml(text)}</${tag}>`;
}

export function amount(tag: string, ore: number, currency: string): string {
  return elAttr(tag, { currencyID: currency }, formatOre(ore));
}

export function nonEmpty(v: string | null | undefined): v is string {
  return typeof v === "string" && v.trim() !== "";
}

export function digitsOnly(v: string): string {
  return v.replace(/\D/g, "");
}

/** Escapes text and attribute values; also drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** 1490000 øre -> "14900.00"; integer arithmetic only, so no binary-float drift. */
export function formatOre(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new Error(`Amount in øre must be an integer: ${ore}`);
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${kroner}.${String(rest).padStart(2, "0")}`;
}

/** 2500 basis points -> "25"; 1250 -> "12.5". */
export function formatPercent(bp: number): string {
  if (!Number.isSafeInteger(bp) || bp < 0) throw new Error(`Invalid VAT rate: ${bp}`);
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  if (frac === 0) return String(whole);
  return `${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

export function formatQuantity(q: number): string {
  if (!Number.isFinite(q) || q <= 0) throw new Error(`Invalid quantity: ${q}`);
  return String(q);
}

// A receiver rejects (or worse, silently books) a document whose totals disagree,
// so refuse to render an inconsistent snapshot rather than emit it.
export function assertConsistent(doc: InvoiceDocument): void {
  if (doc.lines.length === 0) throw new Error(`Document ${doc.number} has no lines`);
  const lineSum = doc.lines.reduce((sum, l) => sum + l.lineNetOre, 0);
  if (lineSum !== doc.netOre) {
    throw new Error(`Document ${doc.number}: lines sum to ${lineSum} øre, net is ${doc.netOre}`);
  }
  if (doc.netOre + doc.vatOre !== doc.grossOre) {
    throw new Error(`Document ${doc.number}: net + VAT != gross`);
  }
  for (const l of doc.lines) {
    if (Number.isInteger(l.quantity) && l.quantity * l.unitPriceOre !== l.lineNetOre) {
      throw new Error(`Document ${doc.number} line ${l.position}: quantity × price != line net`);
    }
  }
  if (doc.grossOre < 0) throw new Error(`Document ${doc.number}: negative total`);
}

/** Units are pieces (UN/ECE rec. 20 "EA"): one participant is one seat. */
export const UNIT_CODE = "EA";

/**
 * An invoice or credit note line: the elements both formats open every line with (ID, quantity,
 * net amount), then the format's own (tax, item, price).
 */
export function documentLine(line: InvoiceDocumentLine, isCredit: boolean, currency: string, formatSpecific: string[]): string {
  const tag = isCredit ? "cac:CreditNoteLine" : "cac:InvoiceLine";
  const qtyTag = isCredit ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity";
  return [
    `<${tag}>`,
    el("cbc:ID", String(line.position)),
    elAttr(qtyTag, { unitCode: UNIT_CODE }, formatQuantity(line.quantity)),
    amount("cbc:LineExtensionAmount", line.lineNetOre, currency),
    ...formatSpecific,
    `</${tag}>`,
  ].join("\n");
}

/**
 * How both formats start a document: a credit note must name what it credits; then the XML
 * declaration and the root element, in an output the renderer adds its elements to.
 */
export function openDocument(doc: InvoiceDocument) {
  const isCredit = doc.kind === "CREDIT_NOTE";
  if (isCredit && !doc.creditedInvoice) {
    throw new Error(`Credit note ${doc.number} has no credited invoice`);
  }
  const root = isCredit ? ("CreditNote" as const) : ("Invoice" as const);
  const out: string[] = [];
  const add = (s: string) => out.push(s);
  add(`<?xml version="1.0" encoding="UTF-8"?>`);
  add(rootOpen(root));
  return { isCredit, root, cur: doc.currency, percent: formatPercent(doc.vatRateBasisPoints), out, add };
}
