import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/server/auth/auth-options";
import { readRows } from "@/server/db";
import { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { SESSION_COOKIE } from "@/server/auth/sign-out";
import { DomainError } from "@/domain/errors";
import { needsSecondFactor, SECOND_FACTOR_PATH } from "@/domain/second-factor";
import { REQUEST_PATH_HEADER } from "@/http/request-path";
import { assertRole, hasRole, type Actor } from "@/server/auth/actor";
import type { PartnerAssociationCode, Role } from "@/generated/prisma/client";

/**
 * The signed-in user, read once per request. It is the Actor that actions hand to use cases as
 * it is: the name and partner association are only for what pages show and scope.
 */
export type CurrentUser = Actor & {
  id: string;
  name: string | null;
  role: Role;
  partnerCode: PartnerAssociationCode | null;
};

type SessionRow = {
  expires: Date;
  sessionId: string;
  secondFactorAt: Date | null;
  id: string;
  email: string;
  name: string | null;
  role: Role;
  partnerCode: PartnerAssociationCode | null;
  disabledAt: Date | null;
};

/** A signed-in session that has still to pass the staff passkey step (src/server/auth/passkeys). */
export type SecondFactorSession = { sessionId: string; user: CurrentUser; verified: boolean };

/**
 * The session behind this request's cookie, with its user, read fresh from the database; null
 * when absent, expired or disabled. The session and its user are read in one statement here
 * rather than through next-auth's getServerSession, which costs a few milliseconds of CPU per
 * request; next-auth is still asked when a session is due to have its expiry moved on.
 */
const readSession = cache(async (): Promise<SecondFactorSession | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const rows = await readRows<SessionRow>(Prisma.sql`
    SELECT s.expires, s.id AS "sessionId", s."secondFactorAt", u.id, u.email, u.name, u.role::text AS role,
           u."partnerCode"::text AS "partnerCode", u."disabledAt"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."sessionToken" = ${token}`);
  const session = rows[0];
  if (!session || session.expires.getTime() <= Date.now() || session.disabledAt) return null;
  if (isDueForUpdate(session.expires)) await getServerSession(authOptions);
  const user = { id: session.id, email: session.email, name: session.name, role: session.role, partnerCode: session.partnerCode };
  return { sessionId: session.sessionId, user, verified: !needsSecondFactor(user.role) || session.secondFactorAt !== null };
});

/**
 * The signed-in, non-disabled user, or null. A staff session that has not passed the passkey
 * step counts as not signed in, here, where every page, action and route handler asks: so no
 * staff page or action can be reached on the e-mail link alone, whichever path leads to it.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  return session?.verified ? session.user : null;
});

/** For the passkey step itself: the signed-in session, verified or not. */
export async function getSecondFactorSession(): Promise<SecondFactorSession | null> {
  return readSession();
}

/** The page the browser asked for (set by the proxy): a layout's guard knows only its own path. */
async function requestedPath(fallback: string): Promise<string> {
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  return path?.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

/** Where a signed-in staff member without the passkey step goes, instead of the sign-in page. */
async function secondFactorRedirect(path: string): Promise<void> {
  const pending = await readSession();
  if (pending && !pending.verified) redirect(`${SECOND_FACTOR_PATH}?tilbage=${encodeURIComponent(await requestedPath(path))}`);
}

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
  const user = await getCurrentUser();
  assertRole(user, ...roles);
  return user;
}

/** For pages: sends anonymous visitors to sign-in and the wrong role to a 403 page. */
export async function requirePageRole(path: string, ...roles: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    await secondFactorRedirect(path);
    redirect(`/log-ind?tilbage=${encodeURIComponent(path)}`);
  }
  if (roles.length > 0 && !hasRole(user, ...roles)) redirect("/ingen-adgang");
  return user;
}

/**
 * For server actions reached by a form: an expired session goes to sign-in and a wrong
 * role to the 403 page, instead of an uncaught error (a 5xx) in the action.
 */
export async function requireActionRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    await secondFactorRedirect("/admin");
    redirect("/log-ind");
  }
  if (roles.length > 0 && !hasRole(user, ...roles)) redirect("/ingen-adgang");
  return user;
}
