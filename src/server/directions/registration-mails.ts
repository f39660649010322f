import "server-only";
import { cohortCalendarEvents } from "@/domain/cohort-calendar";
import { renderCalendar } from "@/domain/ics";
import { amountsFor } from "@/domain/pricing";
import type { EmailAttachment, QueuedEmail } from "@/server/email/queue-email";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { registrationConfirmationEmail } from "@/emails/registration-confirmation-email";
import { participantWelcomeEmail } from "@/emails/participant-welcome-email";
import type { Cohort, Direction, Participant, Programme } from "@/generated/prisma/client";

/**
 * The cohort's dates as a calendar file whose entries belong to the direction (same UIDs on
 * every later send, SEQUENCE from the direction), so a later file, e.g. after a move, updates them.
 */
export function calendarAttachment(cohort: Cohort, direction: Pick<Direction, "id" | "calendarSequence">, now: Date): EmailAttachment[] {
  const events = cohortCalendarEvents(cohort, { directionId: direction.id, sequence: direction.calendarSequence });
  if (events.length === 0) return [];
  const ics = renderCalendar({ events, stamp: now });
  return [{ filename: `kommunestyret-2030-${cohort.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", contentBase64: Buffer.from(ics, "utf8").toString("base64") }];
}

/** The contact's confirmation (or waiting-list) mail and, once the place is certain, a welcome to each participant. */
export function registrationMails({
  cohort,
  direction,
  participants,
  municipalityName,
  invoiceTiming,
  now,
}: {
  cohort: Cohort & { programme: Programme };
  direction: Direction;
  participants: Pick<Participant, "name" | "jobTitle" | "field" | "email" | "overnightStay">[];
  municipalityName: string;
  invoiceTiming: string;
  now: Date;
}): QueuedEmail[] {
  const confirmed = direction.status === "CONFIRMED";
  const attachments = confirmed ? calendarAttachment(cohort, direction, now) : [];
  const { programme } = cohort;
  const contactMail: QueuedEmail = {
    to: direction.contactEmail,
    kind: confirmed ? "registration-confirmed" : "registration-waitlisted",
    directionId: direction.id,
    cohortId: cohort.id,
    attachments,
    ...registrationConfirmationEmail({
      status: confirmed ? "CONFIRMED" : "WAITLISTED",
      waitlistPosition: direction.waitlistPosition,
      municipalityName,
      contactName: direction.contactName,
      cohort,
      participants,
      pricePerParticipantOre: programme.pricePerParticipantOre,
      vatRateBasisPoints: programme.vatRateBasisPoints,
      amounts: amountsFor({ quantity: participants.length, unitPriceOre: programme.pricePerParticipantOre, vatRateBasisPoints: programme.vatRateBasisPoints }),
      cancellationTerms: programme.cancellationTerms,
      url: myRegistrationUrl(),
      hasCalendar: attachments.length > 0,
      invoiceTiming,
    }),
  };
  // Participants hear from us once their seat is certain; a waiting direction's contact tells them.
  if (!confirmed) return [contactMail];
  return [
    contactMail,
    ...participants.map((participant) => ({
      to: participant.email,
      kind: "participant-welcome",
      directionId: direction.id,
      cohortId: cohort.id,
      attachments,
      ...participantWelcomeEmail({
        participantName: participant.name,
        municipalityName,
        contactName: direction.contactName,
        contactEmail: direction.contactEmail,
        overnightStay: participant.overnightStay,
        cohort,
        hasCalendar: attachments.length > 0,
      }),
    })),
  ];
}
