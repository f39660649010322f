import "server-only";
import { DomainError } from "@/domain/errors";
import type { Role } from "@/generated/prisma/client";

/** A user's role, the system's (jobs, buyers' responses), or a participant's acting by a link in a mail (no account). */
export type ActorRole = Role | "SYSTEM" | "PARTICIPANT";

/**
 * Who does something, for every use case and every audit entry: the signed-in user (the
 * session's CurrentUser is one, with no conversion), the system, or a participant by a link.
 * Audit entries store exactly these three fields.
 */
export type Actor = { id: string | null; email: string; role: ActorRole };

export const SYSTEM_ACTOR: Actor = { id: null, email: "system", role: "SYSTEM" };

export function hasRole(actor: Pick<Actor, "role"> | null | undefined, ...roles: ActorRole[]): boolean {
  return actor != null && roles.includes(actor.role);
}

export function isStaff(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return hasRole(actor, "STAFF");
}

/**
 * The one role check. Use cases check the actor themselves too (not only the action that calls
 * them), so a use case reached from a new action, a script or a test can never skip it.
 */
export function assertRole(actor: Actor | null | undefined, ...roles: ActorRole[]): asserts actor is Actor {
  if (!actor) throw new DomainError("NOT_AUTHENTICATED");
  if (!roles.includes(actor.role)) throw new DomainError("FORBIDDEN");
}

export function assertStaff(actor: Actor | null | undefined): asserts actor is Actor {
  assertRole(actor, "STAFF");
}
