import "server-only";
import { db } from "@/server/db";

/** What the passkey step shows a staff member: create a passkey, or use one (or a recovery code). */
export async function getSecondFactorStatus({ userId }: { userId: string }) {
  const [passkeys, recoveryCodesLeft] = await Promise.all([
    db.passkey.count({ where: { userId } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { hasPasskey: passkeys > 0, recoveryCodesLeft };
}
