import "server-only";
import path from "node:path";
import { env } from "@/env";
import { accessPointChannel, fileDropChannel, type EInvoiceTransport } from "@/server/invoices/transmission/e-invoice-channel";

/**
 * The e-invoice transport of this installation. Connecting a NemHandel/Peppol access point is
 * configuration (ACCESS_POINT_URL, ACCESS_POINT_TOKEN); without one, the XML lands in
 * OUTGOING_INVOICE_DIR. Which format each receiver takes is data (ReceiverFormat), not config.
 */
export function configuredEInvoiceTransport(): EInvoiceTransport {
  return env.ACCESS_POINT_URL
    ? accessPointChannel({ url: env.ACCESS_POINT_URL, token: env.ACCESS_POINT_TOKEN })
    : fileDropChannel({ dir: path.resolve(process.cwd(), env.OUTGOING_INVOICE_DIR) });
}
