import "server-only";
import { DomainError } from "@/domain/errors";
import { normaliseEmail } from "@/domain/email-address";
import type { AuditActor } from "@/server/audit/record-audit";

export function isStaffActor(actor: AuditActor): boolean {
  return actor.role === "STAFF";
}

/**
 * A director manages a direction they registered (owner) or whose contact e-mail they
 * have proven by signing in with it: registration may be done by a secretary on the
 * director's behalf, and the contact person must still be able to act. Staff manage all.
 */
export function canManageDirection(actor: AuditActor, direction: { ownerUserId: string | null; contactEmail: string }): boolean {
  if (isStaffActor(actor)) return true;
  if (actor.role !== "DIRECTOR") return false;
  if (actor.id !== null && direction.ownerUserId === actor.id) return true;
  return actor.email !== null && normaliseEmail(actor.email) === normaliseEmail(direction.contactEmail);
}

export function assertCanManageDirection(actor: AuditActor, direction: { ownerUserId: string | null; contactEmail: string }): void {
  if (!canManageDirection(actor, direction)) throw new DomainError("FORBIDDEN");
}

export function assertStaff(actor: AuditActor): void {
  if (!isStaffActor(actor)) throw new DomainError("FORBIDDEN");
}
