import { createHmac, timingSafeEqual } from "node:crypto";
import type { ParticipantFormInput } from "@/lib/schemas/participant";
import type { BuyerDetails } from "@/domain/buyer-snapshot";

/**
 * The registration form's progress between steps, carried in a signed hidden field rather
 * than a table: the flow works without JavaScript and without a schema change, an abandoned
 * draft leaves nothing behind, and the signature means the server can trust that earlier
 * steps were validated (the final submit still re-validates everything).
 */
export type RegistrationDraft = {
  userId: string;
  issuedAt: number;
  cohortSlug?: string;
  municipality?: { municipalityCode: string; contactName: string; contactTitle: string; contactEmail: string; contactPhone: string };
  participants?: ParticipantFormInput[];
  invoice?: BuyerDetails;
  // Made when the review step is first shown, so a double submit creates one direction.
  idempotencyKey?: string;
};

export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

// Pure signing with the secret passed in, so tests and benchmarks can make drafts the
// running app accepts without loading the server-only environment module.

function mac(secret: string, payload: string): Buffer {
  // A key of its own, derived from the app secret, so a draft signature is never valid elsewhere.
  const key = createHmac("sha256", secret).update("k2030:registration-draft:v1").digest();
  return createHmac("sha256", key).update(payload).digest();
}

export function signDraftWith(secret: string, draft: RegistrationDraft): string {
  const payload = Buffer.from(JSON.stringify(draft), "utf8").toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The draft if the token is intact, belongs to this user and is fresh; otherwise null. */
export function verifyDraftWith(
  secret: string,
  token: string | undefined | null,
  { userId, now = Date.now() }: { userId: string; now?: number },
): RegistrationDraft | null {
  if (!token) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let draft: RegistrationDraft;
  try {
    draft = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as RegistrationDraft;
  } catch {
    return null;
  }
  if (draft.userId !== userId || typeof draft.issuedAt !== "number" || now - draft.issuedAt > DRAFT_MAX_AGE_MS || draft.issuedAt > now + 60_000) return null;
  return draft;
}
