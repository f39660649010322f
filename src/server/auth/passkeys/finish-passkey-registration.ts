import "server-only";
import { verifyRegistrationResponse, type RegistrationResponseJSON } from "@simplewebauthn/server";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { needsSecondFactor, RECOVERY_CODE_COUNT } from "@/domain/second-factor";
import { hashRecoveryCode, newRecoveryCode } from "@/server/auth/passkeys/recovery-codes";
import { recordAudit } from "@/server/audit/record-audit";
import { relyingParty, takeChallenge } from "@/server/auth/passkeys/relying-party";
import type { SecondFactorSession } from "@/server/auth/session";

/**
 * Checks the browser's new passkey against this session's challenge, stores it, marks the
 * session as having passed the second factor, and returns fresh one-time recovery codes:
 * shown once, stored only as hashes, and any earlier codes stop working.
 */
export async function finishPasskeyRegistration({ session, response }: { session: SecondFactorSession | null; response: RegistrationResponseJSON }): Promise<{ recoveryCodes: string[] }> {
  if (!session) throw new DomainError("NOT_AUTHENTICATED");
  if (!needsSecondFactor(session.user.role)) throw new DomainError("FORBIDDEN");
  const expectedChallenge = await takeChallenge(session.sessionId);
  const { rpID, origin } = relyingParty();
  let verification;
  try {
    verification = await verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: false });
  } catch {
    throw new DomainError("PASSKEY_FAILED");
  }
  if (!verification.verified || !verification.registrationInfo) throw new DomainError("PASSKEY_FAILED");
  const { credential } = verification.registrationInfo;
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);

  await transaction(async (tx) => {
    // Re-checked in the writing transaction: two tabs registering at once keep one passkey.
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${session.user.id} FOR UPDATE`;
    if ((await tx.passkey.count({ where: { userId: session.user.id } })) > 0) throw new DomainError("PASSKEY_EXISTS");
    await tx.passkey.create({
      data: { id: credential.id, userId: session.user.id, publicKey: Buffer.from(credential.publicKey), counter: BigInt(credential.counter), transports: credential.transports ?? [], lastUsedAt: new Date() },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: session.user.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId: session.user.id, codeHash: hashRecoveryCode(code) })) });
    await tx.session.update({ where: { id: session.sessionId }, data: { secondFactorAt: new Date() } });
    await recordAudit(tx, {
      actor: { id: session.user.id, email: session.user.email, role: session.user.role },
      action: "user.passkey.register",
      entityType: "User",
      entityId: session.user.id,
      after: { recoveryCodes: RECOVERY_CODE_COUNT },
    });
  });
  return { recoveryCodes };
}
