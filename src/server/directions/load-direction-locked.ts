import "server-only";
import { lockCohort, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import type { Actor } from "@/server/auth/actor";
import { assertCanManageDirection } from "@/server/directions/direction-access";

/**
 * Locks the direction's cohort, then reads the direction with everything a change needs.
 * Every self-service change takes the cohort lock first, so changes to one cohort (and so
 * to one direction) are serialised and each sees the state the previous one committed.
 */
export async function loadDirectionLocked(tx: Tx, { actor, directionId }: { actor: Actor; directionId: string }) {
  const head = await tx.direction.findUnique({ where: { id: directionId }, select: { cohortId: true } });
  if (!head) throw new DomainError("NOT_FOUND");
  await lockCohort(tx, head.cohortId);
  const direction = await tx.direction.findUnique({
    where: { id: directionId },
    include: {
      cohort: { include: { programme: true } },
      municipality: true,
      participants: { where: { status: "ACTIVE" }, orderBy: { createdAt: "asc" } },
      invoices: { orderBy: { createdAt: "asc" } },
      // An open offer is the direction's hold on places (directionPlaces).
      waitlistOffers: { where: { status: "OPEN" } },
    },
  });
  // A staff move to another cohort between the two reads would leave us holding the wrong lock.
  if (!direction || direction.cohortId !== head.cohortId) throw new DomainError("INVALID_STATE");
  assertCanManageDirection(actor, direction);
  return direction;
}

export type LockedDirection = Awaited<ReturnType<typeof loadDirectionLocked>>;

export function isInvoiced(direction: { invoices: { kind: string }[] }): boolean {
  return direction.invoices.some((invoice) => invoice.kind === "INVOICE");
}
