import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";

/**
 * A staff member who lost their passkey and recovery codes is helped by a colleague: their
 * passkeys and codes are removed and their sessions ended, so their next sign-in registers a
 * new passkey. Never one's own (that would let the e-mail link alone replace the second factor).
 */
export async function resetPasskeys({ actor, userId }: { actor: Actor | null; userId: string }) {
  assertStaff(actor);
  if (userId === actor.id) throw new DomainError("CANNOT_RESET_OWN_PASSKEYS");
  return transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    // Only staff have a second factor to reset; anything else is not a target here.
    if (!target || target.role !== "STAFF") throw new DomainError("NOT_FOUND");
    const passkeys = await tx.passkey.deleteMany({ where: { userId } });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId } });
    const sessions = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor,
      action: "user.passkeys.reset",
      entityType: "User",
      entityId: userId,
      before: { email: target.email, role: target.role, passkeys: passkeys.count, recoveryCodes: codes.count },
      after: { passkeys: 0, sessionsEnded: sessions.count },
    });
    return { passkeys: passkeys.count, sessionsEnded: sessions.count };
  });
}
