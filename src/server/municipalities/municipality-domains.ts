import "server-only";
import { readRows, type RowReader } from "@/server/db";
import { Prisma } from "@/generated/prisma/client";
import { needsApproval } from "@/domain/municipal-identity";
import { isStaff, type Actor } from "@/server/auth/actor";

/** A municipality's e-mail domains, lower case, alphabetical. */
export async function domainsOf(read: RowReader, municipalityCode: string): Promise<string[]> {
  const rows = await read<{ domain: string }>(Prisma.sql`SELECT domain FROM "MunicipalityDomain" WHERE "municipalityCode" = ${municipalityCode} ORDER BY domain`);
  return rows.map((row) => row.domain);
}

/**
 * Whether a registration for `municipalityCode` by this person waits for staff approval: it
 * does unless they are staff or sign in with an address on the municipality's domains.
 */
export async function registrationNeedsApproval(
  read: RowReader,
  { person, municipalityCode }: { person: Pick<Actor, "role" | "email">; municipalityCode: string },
): Promise<boolean> {
  if (isStaff(person)) return false;
  return needsApproval({ role: person.role, email: person.email, domains: await domainsOf(read, municipalityCode) });
}

/** registrationNeedsApproval outside a transaction, for the registration form's review step. */
export function registrationWillNeedApproval({ person, municipalityCode }: { person: Pick<Actor, "role" | "email">; municipalityCode: string }): Promise<boolean> {
  return registrationNeedsApproval(readRows, { person, municipalityCode });
}
