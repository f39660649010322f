import type { NextRequest } from "next/server";
import { eInvoiceFileName, renderEInvoice } from "@/server/invoices/transmission/e-invoice-channel";
import { invoiceDownloadResponse } from "@/server/invoices/invoice-download";
import { receiverFormatFor } from "@/server/invoices/receiver-format";
import type { EInvoiceFormat } from "@/generated/prisma/client";

export const dynamic = "force-dynamic";

const FORMATS: Record<string, EInvoiceFormat> = { peppol: "PEPPOL_BIS3", oioubl: "OIOUBL_21" };

/** The e-invoice as XML: ?format=peppol or ?format=oioubl, by default the format the buyer receives. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const requested = request.nextUrl.searchParams.get("format");
  if (requested !== null && !FORMATS[requested]) {
    return new Response("Ukendt format. Brug format=peppol eller format=oioubl.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return invoiceDownloadResponse({
    invoiceId: id,
    render: async ({ invoice, document }) => {
      const format = requested ? FORMATS[requested]! : await receiverFormatFor({ ean: invoice.buyerEan, municipalityCode: invoice.direction.municipalityCode });
      return { body: renderEInvoice(document, format), contentType: "application/xml; charset=utf-8", filename: eInvoiceFileName(document, format) };
    },
  });
}
