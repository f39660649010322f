import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { actorOf, recordAudit } from "@/server/audit/record-audit";
import { assertStaff } from "@/server/auth/assert-role";
import type { CurrentUser } from "@/server/auth/session";

/** Staff remove an e-mail domain from a municipality (audited). Registrations already made keep their status. */
export async function removeMunicipalityDomain({ actor, municipalityCode, domain }: { actor: CurrentUser | null; municipalityCode: string; domain: string }) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const removed = await tx.municipalityDomain.deleteMany({ where: { domain, municipalityCode } });
    if (removed.count === 0) throw new DomainError("NOT_FOUND");
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { code: municipalityCode }, select: { name: true } });
    await recordAudit(tx, { actor: actorOf(actor), action: "municipality.domain.remove", entityType: "Municipality", entityId: municipalityCode, before: { domain, municipality: municipality.name } });
    return { domain };
  });
}
