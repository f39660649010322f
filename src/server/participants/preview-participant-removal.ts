import "server-only";
import { db } from "@/server/db";
import { invoiceToCredit } from "@/server/invoices/credit-policy";

/**
 * An active participant of a direction, and whether removing them without a fee would credit
 * an invoice (removeParticipant decides it under lock). Null when there is no such participant.
 */
export async function previewParticipantRemoval({ directionId, participantId }: { directionId: string; participantId: string }) {
  const participant = await db.participant.findFirst({ where: { id: participantId, directionId, status: "ACTIVE" }, include: { direction: { include: { municipality: true, invoices: true } } } });
  if (!participant) return null;
  return { participant, invoiced: invoiceToCredit(participant.direction.invoices) !== null };
}
