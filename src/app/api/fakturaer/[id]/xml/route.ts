import type { NextRequest } from "next/server";
import { eInvoiceFileName, renderEInvoice } from "@/server/invoicing/transmission/e-invoice-channel";
import { invoiceDownloadResponse } from "@/server/invoicing/invoice-download";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const requested = request.nextUrl.searchParams.get("format") ?? "peppol";
  if (requested !== "peppol" && requested !== "oioubl") {
    return new Response("Ukendt format. Brug format=peppol eller format=oioubl.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const format = requested === "peppol" ? "PEPPOL_BIS3" : "OIOUBL_21";
  return invoiceDownloadResponse({
    invoiceId: id,
    render: async ({ document }) => ({
      body: renderEInvoice(document, format),
      contentType: "application/xml; charset=utf-8",
      filename: eInvoiceFileName(document, format),
    }),
  });
}
