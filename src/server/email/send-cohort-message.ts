import "server-only";
import { randomUUID } from "node:crypto";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { cohortMessageRecipients } from "@/server/email/cohort-message-recipients";
import { cohortMessageEmail } from "@/emails/cohort-message-email";
import type { CohortMessageInput } from "@/lib/schemas/cohort-message";

/** The outbox kind that groups one send-out, so its progress can be followed without a schema change. */
export function cohortMessageKind(batchId: string): string {
  return `cohort-message:${batchId}`;
}

/** Queues one mail per recipient in one transaction: either everyone gets it or nobody does. */
export async function sendCohortMessage({ actor, input }: { actor: Actor | null; input: CohortMessageInput }) {
  assertStaff(actor);
  const batchId = randomUUID();
  const queued = await transaction(async (tx) => {
    const cohort = await tx.cohort.findUnique({ where: { id: input.cohortId } });
    if (!cohort) throw new DomainError("NOT_FOUND", { field: "cohortId" });
    const recipients = await cohortMessageRecipients(tx, cohort.id, input.audience);
    if (recipients.length === 0) throw new DomainError("NO_RECIPIENTS", { field: "audience" });
    const email = cohortMessageEmail({ subject: input.subject, body: input.body, cohortTitle: cohort.title });
    for (const r of recipients) {
      await queueEmail(tx, { to: r.email, kind: cohortMessageKind(batchId), directionId: r.directionId, cohortId: cohort.id, ...email });
    }
    await recordAudit(tx, {
      actor,
      action: "cohort.message",
      entityType: "Cohort",
      entityId: cohort.id,
      after: { batchId, audience: input.audience, subject: input.subject, recipients: recipients.length },
    });
    return recipients.length;
  });
  kickOutbox();
  return { batchId, queued };
}
