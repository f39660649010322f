import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/server/auth/auth-options";
import { db } from "@/server/db";
import { SESSION_COOKIES } from "@/server/auth/sign-out";
import { DomainError } from "@/domain/errors";
import type { PartnerAssociationCode, Role } from "@/generated/prisma/client";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  partnerCode: PartnerAssociationCode | null;
};

type SessionUser = { id: string; email: string; name?: string | null; role: Role; partnerCode: PartnerAssociationCode | null; disabled: boolean };

/** The signed-in, non-disabled user, or null. Read fresh from the database on each request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const fromSession = session?.user as SessionUser | undefined;
  // next-auth read the session and its user in one query just now.
  if (fromSession?.id) {
    if (fromSession.disabled) return null;
    return { id: fromSession.id, email: fromSession.email, name: fromSession.name ?? null, role: fromSession.role, partnerCode: fromSession.partnerCode };
  }
  const id = await sessionUserFromCookie();
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, partnerCode: user.partnerCode };
});

/**
 * next-auth answers "no session" when its own database lookup fails (a database restart, say).
 * With a session cookie present, read the session directly: an outage then throws (the error
 * page) instead of sending signed-in people to sign in, and a lookup that failed only a moment
 * ago still finds the session.
 */
async function sessionUserFromCookie(): Promise<string | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  const session = await db.session.findUnique({ where: { sessionToken: token }, select: { userId: true, expires: true } });
  return session && session.expires > new Date() ? session.userId : null;
}

/** For server actions and route handlers: throws a coded error the caller turns into a response. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new DomainError("NOT_AUTHENTICATED");
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new DomainError("FORBIDDEN");
  return user;
}

/** For pages: sends anonymous visitors to sign-in and the wrong role to a 403 page. */
export async function requirePageRole(path: string, ...roles: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/log-ind?tilbage=${encodeURIComponent(path)}`);
  if (roles.length > 0 && !roles.includes(user.role)) redirect("/ingen-adgang");
  return user;
}

/**
 * For server actions reached by a form: an expired session goes to sign-in and a wrong
 * role to the 403 page, instead of an uncaught error (a 5xx) in the action.
 */
export async function requireActionRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/log-ind");
  if (roles.length > 0 && !roles.includes(user.role)) redirect("/ingen-adgang");
  return user;
}
