import { randomBytes } from "node:crypto";
import { testPool } from "../support/db";

/**
 * A database session for an existing user, as next-auth would create after a magic link;
 * for tests that need many signed-in callers without going through the mail flow each time.
 * A staff session has passed the passkey step unless `secondFactor: false` (as right after
 * the e-mail link, before the passkey): such a session must reach no staff page or action.
 */
export async function sessionCookieFor(email: string, { secondFactor = true }: { secondFactor?: boolean } = {}): Promise<string> {
  const token = randomBytes(24).toString("hex");
  const { rows } = await testPool().query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  await testPool().query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires, "secondFactorAt") VALUES ($1, $2, $3, now() + interval '1 hour', ${secondFactor ? "now()" : "NULL"})`,
    [`test-${token.slice(0, 12)}`, token, rows[0].id],
  );
  return `next-auth.session-token=${token}`;
}
