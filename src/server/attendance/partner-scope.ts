import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { visibleFieldsFor, type FieldCode } from "@/domain/fields";
import type { CurrentUser } from "@/server/auth/session";
import { hasRole, isStaff } from "@/server/auth/actor";

export type PartnerScope = {
  associationName: string;
  /** null: the whole programme (KL, Kommunaldirektørforeningen, and Komponent staff previewing). */
  fields: readonly FieldCode[] | null;
};

/**
 * What a viewer of the partner area may see. The association is read from the database on
 * every request, so changing an association's fields (or a user's association) takes effect
 * at once. A PARTNER without an association sees nothing rather than everything.
 */
export async function resolvePartnerScope(viewer: CurrentUser | null): Promise<PartnerScope> {
  if (!viewer) throw new DomainError("NOT_AUTHENTICATED");
  if (isStaff(viewer)) return { associationName: "Komponent (hele forløbet)", fields: null };
  if (!hasRole(viewer, "PARTNER") || !viewer.partnerCode) throw new DomainError("FORBIDDEN");
  const association = await db.partnerAssociation.findUnique({
    where: { code: viewer.partnerCode },
    select: { name: true, fields: true },
  });
  if (!association) throw new DomainError("FORBIDDEN");
  return { associationName: association.name, fields: visibleFieldsFor(association.fields) };
}

/** Prisma filter on Participant.field for the scope. */
export function fieldFilter(scope: PartnerScope) {
  return scope.fields === null ? {} : { field: { in: [...scope.fields] } };
}
