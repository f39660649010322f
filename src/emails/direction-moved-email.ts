import { renderEmail, type EmailBlock } from "@/emails/render-email";
import { cohortFacts, type CohortForMail } from "@/emails/cohort-facts";
import { genitive } from "@/lib/format";

const CALENDAR = "Den vedhæftede kalenderfil flytter aftalerne fra jeres tidligere kalenderfil til de nye datoer.";

/**
 * Tells the contact person that Komponent moved their direction to another cohort: the new
 * dates (with a calendar file updating the old entries) and, when the invoice named the old
 * cohort, the credit note and the new invoice in one explanation.
 */
export function directionMovedEmail({
  municipalityName,
  fromTitle,
  to,
  invoiceLines,
  hasCalendar,
  url,
}: {
  municipalityName: string;
  fromTitle: string;
  to: CohortForMail;
  invoiceLines: string[];
  hasCalendar: boolean;
  url: string;
}) {
  const blocks: EmailBlock[] = [
    { type: "paragraph", text: `${genitive(municipalityName)} direktion er flyttet fra ${fromTitle} til ${to.title}. Deltagerne er de samme, og de får hver en mail med de nye datoer.` },
    { type: "facts", rows: cohortFacts(to) },
  ];
  if (hasCalendar) blocks.push({ type: "paragraph", text: CALENDAR });
  if (invoiceLines.length > 0) blocks.push({ type: "heading", text: "Fakturering" }, ...invoiceLines.map((text) => ({ type: "paragraph" as const, text })));
  blocks.push({ type: "button", label: "Se jeres tilmelding", url }, { type: "paragraph", text: "Passer det nye hold ikke, så kontakt Komponent hurtigst muligt." });
  return renderEmail({ subject: `Jeres tilmelding er flyttet til ${to.title}`, heading: "Jeres tilmelding er flyttet", blocks });
}

/** Tells each participant of a moved direction the new dates, with a calendar file that moves their entries. */
export function participantMovedEmail({
  participantName,
  municipalityName,
  fromTitle,
  to,
  contactName,
  contactEmail,
  hasCalendar,
}: {
  participantName: string;
  municipalityName: string;
  fromTitle: string;
  to: CohortForMail;
  contactName: string;
  contactEmail: string;
  hasCalendar: boolean;
}) {
  const blocks: EmailBlock[] = [
    { type: "paragraph", text: `Kære ${participantName}` },
    { type: "paragraph", text: `${genitive(municipalityName)} direktion er flyttet fra ${fromTitle} til ${to.title}. Du deltager derfor på nye datoer:` },
    { type: "facts", rows: cohortFacts(to) },
  ];
  if (hasCalendar) blocks.push({ type: "paragraph", text: "Den vedhæftede kalenderfil flytter aftalerne i din kalender til de nye datoer." });
  blocks.push({ type: "paragraph", text: `Spørgsmål kan du stille til jeres kontaktperson, ${contactName} (${contactEmail}), eller til Komponent.` });
  return renderEmail({ subject: `Nye datoer: du deltager nu på ${to.title}`, heading: "Nye datoer for Kommunestyret 2030", blocks });
}
