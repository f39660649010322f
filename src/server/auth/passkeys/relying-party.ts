import "server-only";
import { env } from "@/env";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";

/** The relying party is the site itself: its public origin and host name (NEXTAUTH_URL). */
export function relyingParty() {
  const url = new URL(env.NEXTAUTH_URL);
  return { rpID: url.hostname, rpName: "Kommunestyret 2030", origin: url.origin };
}

/**
 * Takes the challenge this session was given and clears it in one conditional write, so one
 * answer is checked against it at most once.
 */
export async function takeChallenge(sessionId: string): Promise<string> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { webauthnChallenge: true } });
  const challenge = session?.webauthnChallenge;
  if (!challenge) throw new DomainError("PASSKEY_FAILED");
  const { count } = await db.session.updateMany({ where: { id: sessionId, webauthnChallenge: challenge }, data: { webauthnChallenge: null } });
  if (count !== 1) throw new DomainError("PASSKEY_FAILED");
  return challenge;
}
