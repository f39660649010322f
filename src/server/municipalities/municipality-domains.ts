import "server-only";
import { db, type Tx } from "@/server/db";
import { needsApproval } from "@/domain/municipal-identity";
import { isStaff, type Actor } from "@/server/auth/actor";

/** A municipality's e-mail domains, lower case, alphabetical. */
export async function domainsOf(tx: Pick<Tx, "municipalityDomain">, municipalityCode: string): Promise<string[]> {
  const rows = await tx.municipalityDomain.findMany({ where: { municipalityCode }, orderBy: { domain: "asc" }, select: { domain: true } });
  return rows.map((row) => row.domain);
}

/**
 * Whether a registration for `municipalityCode` by this person waits for staff approval: it
 * does unless they are staff or sign in with an address on the municipality's domains.
 */
export async function registrationNeedsApproval(
  tx: Pick<Tx, "municipalityDomain">,
  { person, municipalityCode }: { person: Pick<Actor, "role" | "email">; municipalityCode: string },
): Promise<boolean> {
  if (isStaff(person)) return false;
  return needsApproval({ role: person.role, email: person.email, domains: await domainsOf(tx, municipalityCode) });
}

/** registrationNeedsApproval outside a transaction, for the registration form's review step. */
export function registrationWillNeedApproval({ person, municipalityCode }: { person: Pick<Actor, "role" | "email">; municipalityCode: string }): Promise<boolean> {
  return registrationNeedsApproval(db, { person, municipalityCode });
}
