import "server-only";
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { needsSecondFactor } from "@/domain/second-factor";
import { relyingParty } from "@/server/auth/passkeys/relying-party";
import type { SecondFactorSession } from "@/server/auth/session";

/**
 * Options for the browser to create a staff member's passkey. Only at the first sign-in (or
 * after a colleague reset the passkeys): with a passkey on file, the e-mail link alone must not
 * be enough to add another one.
 */
export async function beginPasskeyRegistration({ session }: { session: SecondFactorSession | null }): Promise<PublicKeyCredentialCreationOptionsJSON> {
  if (!session) throw new DomainError("NOT_AUTHENTICATED");
  if (!needsSecondFactor(session.user.role)) throw new DomainError("FORBIDDEN");
  if ((await db.passkey.count({ where: { userId: session.user.id } })) > 0) throw new DomainError("PASSKEY_EXISTS");
  const { rpID, rpName } = relyingParty();
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: session.user.email,
    userDisplayName: session.user.name ?? session.user.email,
    userID: new TextEncoder().encode(session.user.id),
    attestationType: "none",
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await db.session.update({ where: { id: session.sessionId }, data: { webauthnChallenge: options.challenge } });
  return options;
}
