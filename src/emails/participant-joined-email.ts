import { renderEmail } from "@/emails/render-email";
import { cohortFacts, type CohortForMail } from "@/emails/cohort-facts";
import { genitive } from "@/lib/format";

/** Welcome to a colleague who takes over a participant's seat (the regular welcome says nothing of the swap). */
export function participantJoinedEmail({ participantName, municipalityName, cohort, replacing, contactName, contactEmail }: { participantName: string; municipalityName: string; cohort: CohortForMail; replacing: string; contactName: string; contactEmail: string }) {
  return renderEmail({
    subject: `Du er tilmeldt ${cohort.title}`,
    heading: "Velkommen til Kommunestyret 2030",
    blocks: [
      { type: "paragraph", text: `Kære ${participantName}` },
      { type: "paragraph", text: `Du er tilmeldt Kommunestyret 2030 sammen med ${genitive(municipalityName)} direktion i stedet for ${replacing}.` },
      { type: "facts", rows: cohortFacts(cohort) },
      { type: "paragraph", text: "Seminaret er et 12-12 seminar med overnatning: det begynder med frokost kl. 12.00 og slutter med frokost kl. 12.00 dagen efter. Program og praktiske oplysninger sendes inden seminaret." },
      { type: "paragraph", text: `Spørgsmål til tilmeldingen kan du stille til jeres kontaktperson, ${contactName} (${contactEmail}), eller til Komponent.` },
    ],
  });
}
