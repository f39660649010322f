import "server-only";
import { transaction } from "@/server/db";
import type { AuditActor } from "@/server/audit/record-audit";
import { kickOutbox } from "@/server/email/outbox-worker";
import { confirmWaitlistedDirection } from "@/server/registration/confirm-waitlisted-direction";
import { assertStaff } from "@/server/registration/direction-access";
import { loadDirectionLocked } from "@/server/registration/load-direction-locked";
import { transmitAfterCommit } from "@/server/registration/transmit-after-commit";

/** Staff move a waiting direction onto the cohort directly (e.g. by phone), within the cohort's caps. */
export async function promoteFromWaitlist({ actor, directionId, now = new Date() }: { actor: AuditActor; directionId: string; now?: Date }) {
  assertStaff(actor);
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    const confirmed = await confirmWaitlistedDirection(tx, { actor, direction, action: "waitlist.promote", now });
    // An unanswered offer has served its purpose once the direction is on the cohort.
    await tx.waitlistOffer.updateMany({ where: { directionId, status: "OPEN" }, data: { status: "ACCEPTED", respondedAt: now } });
    return confirmed;
  });
  transmitAfterCommit(result.invoice);
  kickOutbox();
  return result;
}
