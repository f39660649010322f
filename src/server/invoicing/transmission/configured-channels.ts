import "server-only";
import path from "node:path";
import { env } from "@/env";
import { emailChannel } from "@/server/invoicing/transmission/email-channel";
import { accessPointChannel, fileDropChannel } from "@/server/invoicing/transmission/e-invoice-channel";
import type { InvoiceChannel } from "@/server/invoicing/transmission/invoice-channel";

/**
 * The channels this installation transmits through. Connecting a NemHandel/Peppol access
 * point is configuration (ACCESS_POINT_URL, ACCESS_POINT_TOKEN, ACCESS_POINT_FORMAT);
 * without one, the XML lands in OUTGOING_INVOICE_DIR.
 */
export function configuredChannels(): InvoiceChannel[] {
  const eInvoice = env.ACCESS_POINT_URL
    ? accessPointChannel({ url: env.ACCESS_POINT_URL, token: env.ACCESS_POINT_TOKEN, format: env.ACCESS_POINT_FORMAT })
    : fileDropChannel({ dir: path.resolve(process.cwd(), env.OUTGOING_INVOICE_DIR) });
  return [eInvoice, emailChannel({ copyTo: env.INVOICE_COPY_EMAIL })];
}
