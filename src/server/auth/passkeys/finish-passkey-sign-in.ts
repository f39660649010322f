import "server-only";
import { verifyAuthenticationResponse, type AuthenticationResponseJSON, type AuthenticatorTransportFuture } from "@simplewebauthn/server";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { needsSecondFactor } from "@/domain/second-factor";
import { relyingParty, takeChallenge } from "@/server/auth/passkeys/relying-party";
import type { SecondFactorSession } from "@/server/auth/session";

/** Checks the browser's answer with one of this staff member's own passkeys; the session then counts as signed in. */
export async function finishPasskeySignIn({ session, response }: { session: SecondFactorSession | null; response: AuthenticationResponseJSON }): Promise<void> {
  if (!session) throw new DomainError("NOT_AUTHENTICATED");
  if (!needsSecondFactor(session.user.role)) throw new DomainError("FORBIDDEN");
  const expectedChallenge = await takeChallenge(session.sessionId);
  // Only the signed-in person's own passkeys: someone else's key proves nothing about this session.
  const passkey = await db.passkey.findFirst({ where: { id: response.id, userId: session.user.id } });
  if (!passkey) throw new DomainError("PASSKEY_FAILED");
  const { rpID, origin } = relyingParty();
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
      credential: { id: passkey.id, publicKey: new Uint8Array(passkey.publicKey), counter: Number(passkey.counter), transports: passkey.transports as AuthenticatorTransportFuture[] },
    });
  } catch {
    throw new DomainError("PASSKEY_FAILED");
  }
  if (!verification.verified) throw new DomainError("PASSKEY_FAILED");
  const now = new Date();
  await db.$transaction([
    db.passkey.update({ where: { id: passkey.id }, data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: now } }),
    db.session.update({ where: { id: session.sessionId }, data: { secondFactorAt: now } }),
  ]);
}
