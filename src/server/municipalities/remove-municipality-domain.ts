import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";

/** Staff remove an e-mail domain from a municipality (audited). Registrations already made keep their status. */
export async function removeMunicipalityDomain({ actor, municipalityCode, domain }: { actor: Actor | null; municipalityCode: string; domain: string }) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const removed = await tx.municipalityDomain.deleteMany({ where: { domain, municipalityCode } });
    if (removed.count === 0) throw new DomainError("NOT_FOUND");
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { code: municipalityCode }, select: { name: true } });
    await recordAudit(tx, { actor, action: "municipality.domain.remove", entityType: "Municipality", entityId: municipalityCode, before: { domain, municipality: municipality.name } });
    return { domain };
  });
}
