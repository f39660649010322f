import "server-only";
import { db } from "@/server/db";

/** Every municipality's e-invoice format, the EANs with their own, and which EANs directions invoice to. */
export async function listReceiverFormats() {
  const [municipalities, eans, directionEans] = await Promise.all([
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, eInvoiceFormat: true, eInvoiceFormatUpdatedAt: true } }),
    db.receiverFormat.findMany({ orderBy: { ean: "asc" }, include: { municipality: { select: { name: true } } } }),
    db.direction.findMany({ where: { status: { not: "CANCELLED" } }, select: { municipalityCode: true, ean: true }, distinct: ["municipalityCode", "ean"] }),
  ]);
  const registered = new Map<string, string[]>();
  for (const d of directionEans) registered.set(d.municipalityCode, [...(registered.get(d.municipalityCode) ?? []), d.ean]);
  return { municipalities: municipalities.map((m) => ({ ...m, eans: registered.get(m.code) ?? [] })), eans };
}
