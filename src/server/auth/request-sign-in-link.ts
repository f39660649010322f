import "server-only";
import { env } from "@/env";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { queueEmail } from "@/server/email/queue-email";
import { kickOutbox } from "@/server/email/outbox-worker";
import { hashSignInToken, newSignInToken, SIGN_IN_LINK_MAX_AGE_SECONDS } from "@/server/auth/sign-in-token";
import { signInEmail } from "@/emails/sign-in-email";

const WINDOW_MS = 15 * 60_000;
export const MAX_PER_ADDRESS = 5;
const SIGN_IN_LOCK_CLASS = { email: 20_261_127, ip: 20_261_128 } as const;
// Requests from one office queue on its address's lock: time to take their turn rather than fail.
// Not db.ts's `transaction`, which also clears the public page cache: sign-in changes no public data.
const QUEUE_ON_LOCKS = { maxWait: 20_000, timeout: 20_000 };

/**
 * Sends a magic link. Every address, known or not, takes the same path (users are
 * created on first sign-in), so the answer and timing reveal nothing. Limits are kept
 * in the database so they hold across app instances.
 */
export async function requestSignInLink({ email, ip, callbackPath, now = new Date() }: { email: string; ip: string; callbackPath: string; now?: Date }) {
  const since = new Date(now.getTime() - WINDOW_MS);
  await db.$transaction(async (tx) => {
    // Count and insert under a lock per address and per client address, so parallel requests
    // queue instead of all counting the same total (two lock classes, taken in one order).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGN_IN_LOCK_CLASS.email}::int, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGN_IN_LOCK_CLASS.ip}::int, hashtext(${ip}))`;
    const [byAddress, byIp] = await Promise.all([
      tx.signInAttempt.count({ where: { email, createdAt: { gte: since } } }),
      tx.signInAttempt.count({ where: { ip, createdAt: { gte: since } } }),
    ]);
    if (byAddress >= MAX_PER_ADDRESS || byIp >= env.SIGN_IN_LIMIT_PER_IP) throw new DomainError("RATE_LIMITED");
    await tx.signInAttempt.create({ data: { email, ip } });

    const token = newSignInToken();
    const expires = new Date(now.getTime() + SIGN_IN_LINK_MAX_AGE_SECONDS * 1000);
    await tx.verificationToken.create({ data: { identifier: email, token: hashSignInToken(token, env.NEXTAUTH_SECRET), expires } });

    // The link opens a confirmation page, not the callback: Microsoft Safe Links and
    // other scanners fetch links before the person does, and must not use the token.
    const params = new URLSearchParams({ token, email, callbackUrl: callbackPath });
    const url = `${env.NEXTAUTH_URL}/log-ind/bekraeft?${params}`;
    await queueEmail(tx, { to: email, kind: "sign-in", ...signInEmail({ url, minutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60 }) });
  }, QUEUE_ON_LOCKS);
  kickOutbox();
}
