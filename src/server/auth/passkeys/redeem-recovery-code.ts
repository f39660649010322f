import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { needsSecondFactor } from "@/domain/second-factor";
import { recordAudit } from "@/server/audit/record-audit";
import { hashRecoveryCode } from "@/server/auth/passkeys/recovery-codes";
import type { SecondFactorSession } from "@/server/auth/session";

/**
 * Passes the second factor with one of the staff member's own recovery codes, which is then
 * spent. A conditional update makes two simultaneous uses of one code succeed once.
 */
export async function redeemRecoveryCode({ session, code, now = new Date() }: { session: SecondFactorSession | null; code: string; now?: Date }): Promise<{ remaining: number }> {
  if (!session) throw new DomainError("NOT_AUTHENTICATED");
  if (!needsSecondFactor(session.user.role)) throw new DomainError("FORBIDDEN");
  return transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({ where: { userId: session.user.id, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
    if (count !== 1) throw new DomainError("RECOVERY_CODE_INVALID", { field: "code" });
    await tx.session.update({ where: { id: session.sessionId }, data: { secondFactorAt: now } });
    const remaining = await tx.recoveryCode.count({ where: { userId: session.user.id, usedAt: null } });
    await recordAudit(tx, {
      actor: { id: session.user.id, email: session.user.email, role: session.user.role },
      action: "user.recovery_code.use",
      entityType: "User",
      entityId: session.user.id,
      after: { remaining },
    });
    return { remaining };
  });
}
