import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";

/**
 * Withdraws a participant's consent to the professional network from the link in an e-mail.
 * The token is the participant's own secret, so no sign-in is needed; withdrawing twice is
 * harmless and is logged once.
 */
export async function withdrawNetworkConsent({ token }: { token: string }): Promise<{ name: string; changed: boolean }> {
  return transaction(async (tx) => {
    const participant = await tx.participant.findUnique({
      where: { networkToken: token },
      select: { id: true, name: true, email: true, directionId: true, networkConsent: true },
    });
    if (!participant) throw new DomainError("NOT_FOUND");
    if (!participant.networkConsent) return { name: participant.name, changed: false };
    // Conditional update: two concurrent withdrawals write (and audit) once.
    const { count } = await tx.participant.updateMany({ where: { id: participant.id, networkConsent: true }, data: { networkConsent: false } });
    if (count === 0) return { name: participant.name, changed: false };
    await recordAudit(tx, {
      actor: { id: null, email: participant.email, role: "PARTICIPANT" },
      action: "participant.network_consent.withdraw",
      entityType: "Participant",
      entityId: participant.id,
      directionId: participant.directionId,
      before: { networkConsent: true },
      after: { networkConsent: false },
    });
    return { name: participant.name, changed: true };
  });
}
