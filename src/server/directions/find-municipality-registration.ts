import "server-only";
import { db } from "@/server/db";
import { isStaff, type Actor } from "@/server/auth/actor";
import { canManageDirection } from "@/server/directions/direction-access";

export type MunicipalityRegistration = { kind: "FREE" } | { kind: "OWN"; directionId: string } | { kind: "TAKEN" } | { kind: "PENDING" };

/**
 * Whether a municipality already has a registration (not cancelled) in the programme of the
 * cohort `cohortSlug`, asked at the municipality step so nobody fills in three more steps to
 * be refused. OWN: the person may manage it (they registered it or are its contact). The
 * registration itself re-checks under the cohort's lock (and a unique index backs it).
 */
export async function findMunicipalityRegistration({ actor, cohortSlug, municipalityCode }: { actor: Actor; cohortSlug: string | undefined; municipalityCode: string }): Promise<MunicipalityRegistration> {
  const cohort = cohortSlug ? await db.cohort.findUnique({ where: { slug: cohortSlug }, select: { programmeId: true } }) : null;
  const existing = await db.direction.findFirst({
    where: { municipalityCode, status: { not: "CANCELLED" }, ...(cohort ? { programmeId: cohort.programmeId } : {}) },
    select: { id: true, status: true, ownerUserId: true, contactEmail: true },
  });
  if (!existing) return { kind: "FREE" };
  // Staff may manage every direction, but registering for a municipality is not managing its registration.
  if (!isStaff(actor) && canManageDirection(actor, existing)) return { kind: "OWN", directionId: existing.id };
  return existing.status === "PENDING_APPROVAL" ? { kind: "PENDING" } : { kind: "TAKEN" };
}
