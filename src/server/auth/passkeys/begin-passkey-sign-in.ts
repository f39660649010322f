import "server-only";
import { generateAuthenticationOptions, type AuthenticatorTransportFuture, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { needsSecondFactor } from "@/domain/second-factor";
import { relyingParty } from "@/server/auth/passkeys/relying-party";
import type { SecondFactorSession } from "@/server/auth/session";

/** Options for the browser to prove one of this staff member's passkeys. */
export async function beginPasskeySignIn({ session }: { session: SecondFactorSession | null }): Promise<PublicKeyCredentialRequestOptionsJSON> {
  if (!session) throw new DomainError("NOT_AUTHENTICATED");
  if (!needsSecondFactor(session.user.role)) throw new DomainError("FORBIDDEN");
  const passkeys = await db.passkey.findMany({ where: { userId: session.user.id }, select: { id: true, transports: true } });
  if (passkeys.length === 0) throw new DomainError("PASSKEY_FAILED");
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.id, transports: p.transports as AuthenticatorTransportFuture[] })),
    userVerification: "preferred",
  });
  await db.session.update({ where: { id: session.sessionId }, data: { webauthnChallenge: options.challenge } });
  return options;
}
