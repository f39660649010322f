import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** Magic links live 20 minutes: long enough for a slow mail gateway, short for a leaked link. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 20 * 60;

export function newSignInToken(): string {
  return randomBytes(32).toString("hex");
}

/** The same hash next-auth's email callback computes, so only the hash is ever stored. */
export function hashSignInToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}
