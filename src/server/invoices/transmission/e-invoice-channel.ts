import "server-only";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { invoiceFileName } from "@/domain/invoice-numbering";
import type { InvoiceDocument } from "@/domain/invoice-document";
import type { EInvoiceFormat } from "@/generated/prisma/client";
import { renderOioubl } from "@/server/invoices/render/oioubl";
import { renderPeppolUbl } from "@/server/invoices/render/peppol-ubl";
import type { LoadedInvoice } from "@/server/invoices/load-invoice-document";

export function renderEInvoice(document: InvoiceDocument, format: EInvoiceFormat): string {
  return format === "PEPPOL_BIS3" ? renderPeppolUbl(document) : renderOioubl(document);
}

/** The short name in file names and headers: "peppol" or "oioubl". */
export function formatSlug(format: EInvoiceFormat): "peppol" | "oioubl" {
  return format === "PEPPOL_BIS3" ? "peppol" : "oioubl";
}

export function eInvoiceFileName(document: InvoiceDocument, format: EInvoiceFormat): string {
  return invoiceFileName({ kind: document.kind, number: document.number, extension: `${formatSlug(format)}.xml` });
}

/**
 * How the e-invoice reaches the buyer's access point. The transmission worker calls it outside
 * any transaction, in the format the receiver takes; it throws when the document did not arrive.
 */
export interface EInvoiceTransport {
  /** Recorded in the history ("e-invoice-file", "e-invoice-access-point"). */
  readonly name: string;
  deliver(input: { loaded: LoadedInvoice; format: EInvoiceFormat }): Promise<void>;
}

/**
 * Writes the e-invoice to a folder that an access point's client (or a person) picks up. The
 * file appears atomically, so a poller never reads half a file; rewriting the same document
 * yields the same bytes.
 */
export function fileDropChannel({ dir }: { dir: string }): EInvoiceTransport {
  return {
    name: "e-invoice-file",
    async deliver({ loaded, format }) {
      await mkdir(dir, { recursive: true });
      const target = path.join(dir, eInvoiceFileName(loaded.document, format));
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, renderEInvoice(loaded.document, format), "utf8");
      await rename(temporary, target);
    },
  };
}

/**
 * POSTs the document to a NemHandel/Peppol access point's submission API. The invoice id is
 * the idempotency key, so a retry after a lost response does not deliver twice at a
 * provider that honours it.
 */
export function accessPointChannel({ url, token }: { url: string; token?: string | null }): EInvoiceTransport {
  return {
    name: "e-invoice-access-point",
    async deliver({ loaded, format }) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/xml; charset=utf-8",
          "Idempotency-Key": loaded.invoice.id,
          "X-Document-Number": loaded.document.number,
          "X-Document-Format": formatSlug(format),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: renderEInvoice(loaded.document, format),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) {
        const detail = (await response.text().catch(() => "")).slice(0, 500);
        throw new Error(`access point refused ${loaded.document.number}: HTTP ${response.status} ${detail}`.trim());
      }
    },
  };
}
