import { renderEmail, type EmailBlock } from "@/emails/render-email";
import { cohortFacts, type CohortForMail } from "@/emails/cohort-facts";
import { genitive } from "@/lib/format";

/** Each participant's own welcome when the direction's registration is confirmed. */
export function participantWelcomeEmail({
  participantName,
  municipalityName,
  contactName,
  contactEmail,
  overnightStay,
  cohort,
  hasCalendar,
}: {
  participantName: string;
  municipalityName: string;
  contactName: string;
  contactEmail: string;
  overnightStay: boolean;
  cohort: CohortForMail;
  hasCalendar: boolean;
}) {
  const blocks: EmailBlock[] = [
    { type: "paragraph", text: `Kære ${participantName}` },
    { type: "paragraph", text: `Du er tilmeldt Kommunestyret 2030 sammen med ${genitive(municipalityName)} direktion. Vi glæder os til at se dig.` },
    { type: "facts", rows: cohortFacts(cohort) },
    { type: "heading", text: "Praktisk" },
    {
      type: "list",
      items: [
        "Seminaret er et 12-12 seminar: det begynder med frokost kl. 12.00 og slutter med frokost kl. 12.00 dagen efter.",
        overnightStay ? "Der er booket overnatning til dig på stedet." : "Du er tilmeldt uden overnatning.",
        "Transport er ikke inkluderet i prisen.",
        "Program og praktiske oplysninger sendes inden seminaret.",
      ],
    },
  ];
  if (hasCalendar) blocks.push({ type: "paragraph", text: "Datoerne er vedhæftet som kalenderfil (.ics)." });
  blocks.push({ type: "paragraph", text: `Spørgsmål til tilmeldingen kan du stille til jeres kontaktperson, ${contactName} (${contactEmail}), eller til Komponent.` });
  return renderEmail({ subject: `Velkommen til ${cohort.title}`, heading: "Velkommen til Kommunestyret 2030", blocks });
}
