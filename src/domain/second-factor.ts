/**
 * Staff can issue credits, erase people and move directions, so they prove a passkey after the
 * e-mail link (OWASP ASVS level 2). Directors and partners keep the e-mail link alone.
 */
export function needsSecondFactor(role: "DIRECTOR" | "STAFF" | "PARTNER"): boolean {
  return role === "STAFF";
}

/** The page where staff register or use their passkey after the e-mail link. */
export const SECOND_FACTOR_PATH = "/log-ind/adgangsnoegle";

/** How many one-time recovery codes a staff member gets with a new passkey. */
export const RECOVERY_CODE_COUNT = 10;

/** Recovery codes are typed by hand: compare them without case, spaces or dashes. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
