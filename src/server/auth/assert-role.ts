import "server-only";
import { DomainError } from "@/domain/errors";
import type { CurrentUser } from "@/server/auth/session";
import type { Role } from "@/generated/prisma/client";

/**
 * Use cases check the actor themselves (not only the action that calls them), so a use
 * case reached from a new action, a script or a test can never skip authorisation.
 */
export function assertRole(actor: CurrentUser | null | undefined, ...roles: Role[]): asserts actor is CurrentUser {
  if (!actor) throw new DomainError("NOT_AUTHENTICATED");
  if (!roles.includes(actor.role)) throw new DomainError("FORBIDDEN");
}

export function assertStaff(actor: CurrentUser | null | undefined): asserts actor is CurrentUser {
  assertRole(actor, "STAFF");
}
