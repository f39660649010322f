import "server-only";
import { lockCohort, transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { renumberWaitlist, waitlistOrder } from "@/server/waitlist/waitlist-positions";

/** Staff move a waiting direction to position `newPosition` (1 = first in line); the others keep their order. */
export async function reorderWaitlist({ actor, cohortId, directionId, newPosition }: { actor: Actor | null; cohortId: string; directionId: string; newPosition: number }) {
  assertStaff(actor);
  if (!Number.isInteger(newPosition) || newPosition < 1) throw new DomainError("VALIDATION", { field: "newPosition" });
  return transaction(async (tx) => {
    await lockCohort(tx, cohortId);
    const order = await waitlistOrder(tx, cohortId);
    const from = order.indexOf(directionId);
    if (from === -1) throw new DomainError("NOT_FOUND");
    const rest = order.filter((id) => id !== directionId);
    const to = Math.min(newPosition, order.length) - 1;
    const next = [...rest.slice(0, to), directionId, ...rest.slice(to)];
    await renumberWaitlist(tx, cohortId, next);
    await recordAudit(tx, { actor, action: "waitlist.reorder", entityType: "Direction", entityId: directionId, directionId, before: { waitlistPosition: from + 1 }, after: { waitlistPosition: to + 1 } });
    return next;
  });
}
