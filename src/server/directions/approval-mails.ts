import "server-only";
import { normaliseEmail } from "@/domain/email-address";
import type { QueuedEmail } from "@/server/email/queue-email";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { pendingApprovalEmail, registrationApprovedEmail, registrationRefusedEmail } from "@/emails/approval-emails";
import type { Cohort, Direction } from "@/generated/prisma/client";

/** The contact and, when someone else registered, the person who did: both hear how it goes. */
function recipients(contactEmail: string, signInEmail: string | null): string[] {
  const all = [contactEmail, ...(signInEmail ? [signInEmail] : [])];
  return all.filter((email, i) => all.findIndex((other) => normaliseEmail(other) === normaliseEmail(email)) === i);
}

type Args = { cohort: Cohort; direction: Pick<Direction, "id" | "contactName" | "contactEmail">; municipalityName: string; signInEmail: string | null };

/** "Afventer godkendelse": what happens next. No calendar file, nothing to the participants. */
export function pendingApprovalMails({ cohort, direction, participants, municipalityName, signInEmail }: Args & { participants: unknown[] }): QueuedEmail[] {
  const mail = pendingApprovalEmail({ contactName: direction.contactName, municipalityName, cohort, url: myRegistrationUrl(), participants: participants.length, signInEmail: signInEmail ?? direction.contactEmail });
  return recipients(direction.contactEmail, signInEmail).map((to) => ({ to, kind: "registration-pending-approval", directionId: direction.id, cohortId: cohort.id, ...mail }));
}

export function approvedMails({ cohort, direction, municipalityName, signInEmail, invoiceNumber }: Args & { invoiceNumber: string | null }): QueuedEmail[] {
  const mail = registrationApprovedEmail({ contactName: direction.contactName, municipalityName, cohort, url: myRegistrationUrl(), invoiceNumber });
  return recipients(direction.contactEmail, signInEmail).map((to) => ({ to, kind: "registration-approved", directionId: direction.id, cohortId: cohort.id, ...mail }));
}

export function refusedMails({ cohort, direction, municipalityName, signInEmail, reason }: Args & { reason: string | null }): QueuedEmail[] {
  const mail = registrationRefusedEmail({ contactName: direction.contactName, municipalityName, cohort, url: myRegistrationUrl(), reason });
  return recipients(direction.contactEmail, signInEmail).map((to) => ({ to, kind: "registration-refused", directionId: direction.id, cohortId: cohort.id, ...mail }));
}
