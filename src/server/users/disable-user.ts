import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";

/**
 * Removes a user's access at once: disabled users are refused by getCurrentUser, and their
 * sessions are deleted so an open browser is signed out on its next request.
 */
export async function disableUser({ actor, userId, now = new Date() }: { actor: Actor | null; userId: string; now?: Date }) {
  assertStaff(actor);
  if (userId === actor.id) throw new DomainError("CANNOT_DISABLE_SELF");
  return transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new DomainError("NOT_FOUND");
    if (before.disabledAt) return before;
    const after = await tx.user.update({ where: { id: userId }, data: { disabledAt: now } });
    const sessions = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor,
      action: "user.disable",
      entityType: "User",
      entityId: userId,
      before: { email: before.email, role: before.role, disabledAt: null },
      after: { disabledAt: after.disabledAt, sessionsEnded: sessions.count },
    });
    return after;
  });
}
