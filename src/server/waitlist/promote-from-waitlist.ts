import "server-only";
import { transaction } from "@/server/db";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { confirmWaitlistedDirection } from "@/server/waitlist/confirm-waitlisted-direction";
import { loadDirectionLocked } from "@/server/directions/load-direction-locked";
import { kickTransmissions } from "@/server/invoices/transmission-worker";

/**
 * Staff move a waiting direction onto the cohort directly (e.g. by phone), under the same
 * rules as everyone: places held by other directions' offers stay theirs, and the minimum
 * stays reachable. The direction's own unanswered offer is answered by the promotion.
 */
export async function promoteFromWaitlist({ actor, directionId, now = new Date() }: { actor: Actor | null; directionId: string; now?: Date }) {
  assertStaff(actor);
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    return confirmWaitlistedDirection(tx, { actor, direction, action: "waitlist.promote", now });
  });
  kickTransmissions();
  kickOutbox();
  return result;
}
