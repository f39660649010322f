import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { normaliseRecoveryCode } from "@/domain/second-factor";

/** Only the SHA-256 of a recovery code is stored; the code itself is shown once. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/** Twelve characters that read unambiguously aloud and on paper (no 0/O, 1/I), as XXXX-XXXX-XXXX. */
export function newRecoveryCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}
