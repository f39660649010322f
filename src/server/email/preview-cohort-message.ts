import "server-only";
import { db } from "@/server/db";
import { cohortMessageRecipients } from "@/server/email/cohort-message-recipients";
import { cohortMessageBlocks, cohortMessageEmail } from "@/emails/cohort-message-email";
import type { CohortMessageInput } from "@/lib/schemas/cohort-message";

/** The cohort message as it would be sent and how many would get it, before anything is queued; null when the cohort is unknown. */
export async function previewCohortMessage({ input }: { input: CohortMessageInput }) {
  const cohort = await db.cohort.findUnique({ where: { id: input.cohortId } });
  if (!cohort) return null;
  const recipients = await cohortMessageRecipients(db, cohort.id, input.audience);
  const email = cohortMessageEmail({ subject: input.subject, body: input.body, cohortTitle: cohort.title });
  return { subject: email.subject, text: email.text, blocks: cohortMessageBlocks(input.body), recipients: recipients.length };
}
