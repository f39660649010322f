import { randomBytes } from "node:crypto";
import { testPool } from "../support/db";

/**
 * A database session for an existing user, as next-auth would create after a magic link;
 * for tests that need many signed-in callers without going through the mail flow each time.
 */
export async function sessionCookieFor(email: string): Promise<string> {
  const token = randomBytes(24).toString("hex");
  const { rows } = await testPool().query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  await testPool().query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 hour')`, [
    `test-${token.slice(0, 12)}`,
    token,
    rows[0].id,
  ]);
  return `next-auth.session-token=${token}`;
}
