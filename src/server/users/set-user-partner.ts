import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import type { PartnerAssociationCode } from "@/generated/prisma/client";

/** Links a partner user to the association whose participants they may see. */
export async function setUserPartner({ actor, userId, partnerCode }: { actor: Actor | null; userId: string; partnerCode: PartnerAssociationCode }) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new DomainError("NOT_FOUND");
    if (before.role !== "PARTNER") throw new DomainError("INVALID_STATE");
    const after = await tx.user.update({ where: { id: userId }, data: { partnerCode } });
    await recordAudit(tx, { actor, action: "user.partner", entityType: "User", entityId: userId, before: { partnerCode: before.partnerCode }, after: { partnerCode: after.partnerCode } });
    return after;
  });
}
