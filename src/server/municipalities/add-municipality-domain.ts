import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { normaliseDomain } from "@/domain/municipal-identity";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";

/** Staff add an e-mail domain to a municipality (audited). A domain belongs to one municipality. */
export async function addMunicipalityDomain({ actor, municipalityCode, domain: input }: { actor: Actor | null; municipalityCode: string; domain: string }) {
  assertStaff(actor);
  const domain = normaliseDomain(input);
  if (!domain) throw new DomainError("INVALID_DOMAIN", { field: "domain" });
  return transaction(async (tx) => {
    const municipality = await tx.municipality.findUnique({ where: { code: municipalityCode }, select: { code: true, name: true } });
    if (!municipality) throw new DomainError("NOT_FOUND");
    const existing = await tx.municipalityDomain.findUnique({ where: { domain } });
    if (existing?.municipalityCode === municipalityCode) return { domain, added: false };
    if (existing) throw new DomainError("DOMAIN_TAKEN", { field: "domain" });
    await tx.municipalityDomain.create({ data: { domain, municipalityCode } });
    await recordAudit(tx, { actor, action: "municipality.domain.add", entityType: "Municipality", entityId: municipalityCode, after: { domain, municipality: municipality.name } });
    return { domain, added: true };
  });
}
