import { invoiceFileName } from "@/domain/invoice-numbering";
import { invoiceDownloadResponse } from "@/server/invoices/invoice-download";
import { renderInvoicePdf } from "@/server/invoices/render/invoice-pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return invoiceDownloadResponse({
    invoiceId: id,
    render: async ({ document }) => ({
      body: new Uint8Array(await renderInvoicePdf(document)),
      contentType: "application/pdf",
      filename: invoiceFileName({ kind: document.kind, number: document.number, extension: "pdf" }),
    }),
  });
}
