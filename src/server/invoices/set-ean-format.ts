import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { isValidGln, normaliseEan } from "@/domain/identifiers";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import type { EInvoiceFormat } from "@/generated/prisma/client";

/** Records an EAN whose NemHandel registration takes another format than its municipality's. */
export async function setEanFormat({ actor, ean, municipalityCode, format, note }: { actor: Actor | null; ean: string; municipalityCode: string; format: EInvoiceFormat; note: string }) {
  assertStaff(actor);
  const normalised = normaliseEan(ean);
  if (!isValidGln(normalised)) throw new DomainError("VALIDATION", { field: "ean" });
  return transaction(async (tx) => {
    const municipality = await tx.municipality.findUnique({ where: { code: municipalityCode }, select: { name: true } });
    if (!municipality) throw new DomainError("NOT_FOUND", { field: "municipalityCode" });
    const before = await tx.receiverFormat.findUnique({ where: { ean: normalised } });
    const saved = await tx.receiverFormat.upsert({
      where: { ean: normalised },
      create: { ean: normalised, municipalityCode, format, note: note.trim() },
      update: { municipalityCode, format, note: note.trim() },
    });
    await recordAudit(tx, {
      actor,
      action: "receiver-format.ean-set",
      entityType: "ReceiverFormat",
      entityId: normalised,
      before: before ? { format: before.format, municipalityCode: before.municipalityCode } : undefined,
      after: { ean: normalised, format, municipality: municipality.name },
    });
    return saved;
  });
}
