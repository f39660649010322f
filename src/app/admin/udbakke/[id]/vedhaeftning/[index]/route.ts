import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { ATTACHMENT_NOT_FOUND, attachmentResponse, getOutboxAttachment } from "@/server/email/outbox-attachments";
import { wholeNumber } from "@/lib/form-state";

/** An attachment of a mail in the outbox (invoice PDF, calendar file), for staff only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  const { denied } = await requireStaffRoute();
  if (denied) return denied;
  const { id, index } = await params;
  const attachment = await getOutboxAttachment({ emailId: id, index: wholeNumber(index) });
  return attachment ? attachmentResponse(attachment) : ATTACHMENT_NOT_FOUND();
}
