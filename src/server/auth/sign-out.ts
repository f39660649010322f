import "server-only";
import { cookies } from "next/headers";
import { db } from "@/server/db";

/** next-auth's session cookie: the __Secure- name on an https site, the plain one otherwise. */
export const SESSION_COOKIE = { plain: "next-auth.session-token", secure: "__Secure-next-auth.session-token" } as const;
const SESSION_COOKIES = Object.values(SESSION_COOKIE);

/** Ends the database session and clears its cookie. */
export async function signOut() {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (token) await db.session.deleteMany({ where: { sessionToken: token } });
    jar.delete(name);
  }
}
