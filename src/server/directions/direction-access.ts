import "server-only";
import { DomainError } from "@/domain/errors";
import { normaliseEmail } from "@/domain/email-address";
import { hasRole, isStaff, type Actor } from "@/server/auth/actor";

/**
 * A director manages a direction they registered (owner) or whose contact e-mail they
 * have proven by signing in with it: registration may be done by a secretary on the
 * director's behalf, and the contact person must still be able to act. Staff manage all.
 */
export function canManageDirection(actor: Actor, direction: { ownerUserId: string | null; contactEmail: string }): boolean {
  if (isStaff(actor)) return true;
  if (!hasRole(actor, "DIRECTOR")) return false;
  if (actor.id !== null && direction.ownerUserId === actor.id) return true;
  return normaliseEmail(actor.email) === normaliseEmail(direction.contactEmail);
}

export function assertCanManageDirection(actor: Actor, direction: { ownerUserId: string | null; contactEmail: string }): void {
  if (!canManageDirection(actor, direction)) throw new DomainError("FORBIDDEN");
}
