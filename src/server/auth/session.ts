import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/server/auth/auth-options";
import { db } from "@/server/db";
import { env } from "@/env";
import { SESSION_COOKIE } from "@/server/auth/sign-out";
import { DomainError } from "@/domain/errors";
import type { PartnerAssociationCode, Role } from "@/generated/prisma/client";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  partnerCode: PartnerAssociationCode | null;
};

type SessionRow = { expires: Date; id: string; email: string; name: string | null; role: Role; partnerCode: PartnerAssociationCode | null; disabledAt: Date | null };

/**
 * The signed-in, non-disabled user, or null, read fresh from the database on each request.
 * The session and its user are read in one statement here rather than through next-auth's
 * getServerSession, which costs a few milliseconds of CPU per request; next-auth is still
 * asked when a session is due to have its expiry moved on, as it would have done.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s.expires, u.id, u.email, u.name, u.role::text AS role, u."partnerCode"::text AS "partnerCode", u."disabledAt"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."sessionToken" = ${token}`;
  const session = rows[0];
  if (!session || session.expires.getTime() <= Date.now() || session.disabledAt) return null;
  if (isDueForUpdate(session.expires)) await getServerSession(authOptions);
  return { id: session.id, email: session.email, name: session.name, role: session.role, partnerCode: session.partnerCode };
});

/** The cookie next-auth keeps the session token in: the __Secure- one exactly when the site is served over https. */
function sessionCookieName(): string {
  const secure = authOptions.useSecureCookies ?? env.NEXTAUTH_URL.startsWith("https://");
  return secure ? SESSION_COOKIE.secure : SESSION_COOKIE.plain;
}

/** next-auth's own rule: a database session's expiry is moved on once it is `updateAge` old. */
function isDueForUpdate(expires: Date): boolean {
  const { maxAge = 30 * 24 * 60 * 60, updateAge = 24 * 60 * 60 } = authOptions.session ?? {};
  return expires.getTime() - maxAge * 1000 + updateAge * 1000 <= Date.now();
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
