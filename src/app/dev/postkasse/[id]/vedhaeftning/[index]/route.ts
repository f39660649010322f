import { env } from "@/env";
import { ATTACHMENT_NOT_FOUND, attachmentResponse, getOutboxAttachment } from "@/server/email/outbox-attachments";
import { wholeNumber } from "@/lib/form-state";

/**
 * An attachment of a mail in the development mailbox. It exists exactly when the mailbox does
 * (no SMTP, not production), which is also what lets a newcomer sign in from it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  if (!env.devMailboxEnabled) return ATTACHMENT_NOT_FOUND();
  const { id, index } = await params;
  const attachment = await getOutboxAttachment({ emailId: id, index: wholeNumber(index) });
  return attachment ? attachmentResponse(attachment) : ATTACHMENT_NOT_FOUND();
}
