import "server-only";
import { env } from "@/env";
import { signDraftWith, verifyDraftWith, type RegistrationDraft } from "@/lib/draft-signature";

export function signDraft(draft: RegistrationDraft): string {
  return signDraftWith(env.NEXTAUTH_SECRET, draft);
}

/** The draft if the token is intact, belongs to this user and is fresh; otherwise null. */
export function verifyDraft(token: string | undefined | null, { userId, now = Date.now() }: { userId: string; now?: number }): RegistrationDraft | null {
  return verifyDraftWith(env.NEXTAUTH_SECRET, token, { userId, now });
}

export function newDraft({ userId, now = Date.now() }: { userId: string; now?: number }): RegistrationDraft {
  return { userId, issuedAt: now };
}
