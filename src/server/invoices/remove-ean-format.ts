import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";

/** Removes an EAN's own format: its municipality's applies again. */
export async function removeEanFormat({ actor, ean }: { actor: Actor | null; ean: string }) {
  assertStaff(actor);
  await transaction(async (tx) => {
    const before = await tx.receiverFormat.findUnique({ where: { ean } });
    if (!before) throw new DomainError("NOT_FOUND");
    await tx.receiverFormat.delete({ where: { ean } });
    await recordAudit(tx, { actor, action: "receiver-format.ean-remove", entityType: "ReceiverFormat", entityId: ean, before: { ean, format: before.format, municipalityCode: before.municipalityCode } });
  });
}
