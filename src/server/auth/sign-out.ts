import "server-only";
import { cookies } from "next/headers";
import { db } from "@/server/db";

export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Ends the database session and clears its cookie. */
export async function signOut() {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (token) await db.session.deleteMany({ where: { sessionToken: token } });
    jar.delete(name);
  }
}
