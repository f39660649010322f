import "server-only";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { invoiceFileName } from "@/domain/invoice-numbering";
import type { InvoiceDocument } from "@/domain/invoice-document";
import { renderOioubl } from "@/server/invoicing/oioubl";
import { renderPeppolUbl } from "@/server/invoicing/peppol-ubl";
import type { InvoiceChannel } from "@/server/invoicing/transmission/invoice-channel";

export type EInvoiceFormat = "peppol" | "oioubl";

export function renderEInvoice(document: InvoiceDocument, format: EInvoiceFormat): string {
  return format === "peppol" ? renderPeppolUbl(document) : renderOioubl(document);
}

export function eInvoiceFileName(document: InvoiceDocument, format: EInvoiceFormat): string {
  return invoiceFileName({ kind: document.kind, number: document.number, extension: `${format}.xml` });
}

/**
 * Writes Peppol BIS 3 and OIOUBL files to a folder that an access point's client (or a
 * person) picks up. Each file appears atomically, so a poller never reads half a file;
 * rewriting the same document yields the same bytes.
 */
export function fileDropChannel({ dir }: { dir: string }): InvoiceChannel {
  return {
    name: "e-invoice-file",
    kind: "e-invoice",
    async deliver({ loaded }) {
      await mkdir(dir, { recursive: true });
      for (const format of ["peppol", "oioubl"] as const) {
        const target = path.join(dir, eInvoiceFileName(loaded.document, format));
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, renderEInvoice(loaded.document, format), "utf8");
        await rename(temporary, target);
      }
    },
  };
}

/**
 * POSTs the document to a NemHandel/Peppol access point's submission API. The invoice id is
 * the idempotency key, so a retry after a lost response does not deliver twice at a
 * provider that honours it.
 */
export function accessPointChannel({ url, token, format }: { url: string; token?: string | null; format: EInvoiceFormat }): InvoiceChannel {
  return {
    name: "e-invoice-access-point",
    kind: "e-invoice",
    async deliver({ loaded }) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/xml; charset=utf-8",
          "Idempotency-Key": loaded.invoice.id,
          "X-Document-Number": loaded.document.number,
          "X-Document-Format": format,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: renderEInvoice(loaded.document, format),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) {
        const detail = (await response.text().catch(() => "")).slice(0, 500);
        throw new Error(`access point refused ${loaded.document.number}: HTTP ${response.status} ${detail}`);
      }
    },
  };
}
