import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import type { EInvoiceFormat } from "@/generated/prisma/client";

/** Records which e-invoice format a municipality's EANs receive (those without their own). */
export async function setMunicipalityFormat({ actor, municipalityCode, format, now = new Date() }: { actor: Actor | null; municipalityCode: string; format: EInvoiceFormat; now?: Date }) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ name: string; eInvoiceFormat: EInvoiceFormat }[]>`SELECT name, "eInvoiceFormat" FROM "Municipality" WHERE code = ${municipalityCode} FOR UPDATE`;
    const current = rows[0];
    if (!current) throw new DomainError("NOT_FOUND");
    if (current.eInvoiceFormat === format) return { changed: false };
    await tx.municipality.update({ where: { code: municipalityCode }, data: { eInvoiceFormat: format, eInvoiceFormatUpdatedAt: now } });
    await recordAudit(tx, {
      actor,
      action: "receiver-format.update",
      entityType: "Municipality",
      entityId: municipalityCode,
      before: { format: current.eInvoiceFormat },
      after: { format, municipality: current.name },
    });
    return { changed: true };
  });
}
