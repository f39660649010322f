import "server-only";
import { db, type Tx } from "@/server/db";
import type { EInvoiceFormat } from "@/generated/prisma/client";

/**
 * The format a buyer's EAN receives: the EAN's own registration where it differs from its
 * municipality's, else the municipality's (Peppol BIS 3 unless staff set otherwise).
 */
export async function receiverFormatFor({ ean, municipalityCode, tx }: { ean: string; municipalityCode: string; tx?: Tx }): Promise<EInvoiceFormat> {
  const client = tx ?? db;
  const own = await client.receiverFormat.findUnique({ where: { ean }, select: { format: true } });
  if (own) return own.format;
  const municipality = await client.municipality.findUnique({ where: { code: municipalityCode }, select: { eInvoiceFormat: true } });
  return municipality?.eInvoiceFormat ?? "PEPPOL_BIS3";
}
