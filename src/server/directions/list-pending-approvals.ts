import "server-only";
import { db } from "@/server/db";

/** Registrations pending approval, oldest first, with what staff decide on: who registered, from which address, for which municipality. */
export async function listPendingApprovals() {
  const directions = await db.direction.findMany({
    where: { status: "PENDING_APPROVAL" },
    orderBy: { createdAt: "asc" },
    include: {
      cohort: { select: { id: true, title: true } },
      municipality: { include: { domains: { orderBy: { domain: "asc" } } } },
      owner: { select: { email: true } },
      _count: { select: { participants: { where: { status: "ACTIVE" } } } },
    },
  });
  return directions.map((d) => ({
    id: d.id,
    createdAt: d.createdAt,
    cohort: d.cohort,
    municipalityName: d.municipality.name,
    municipalityDomains: d.municipality.domains.map((x) => x.domain),
    signInEmail: d.owner?.email ?? null,
    contactName: d.contactName,
    contactEmail: d.contactEmail,
    participants: d._count.participants,
  }));
}

export type PendingApproval = Awaited<ReturnType<typeof listPendingApprovals>>[number];
