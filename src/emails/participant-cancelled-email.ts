import { renderEmail } from "@/emails/render-email";
import { genitive } from "@/lib/format";

/** Tells a participant that their direction's registration was cancelled, so they do not turn up. */
export function participantCancelledEmail({ participantName, municipalityName, cohortTitle }: { participantName: string; municipalityName: string; cohortTitle: string }) {
  return renderEmail({
    subject: `Din tilmelding til ${cohortTitle} er annulleret`,
    heading: "Tilmeldingen er annulleret",
    blocks: [
      { type: "paragraph", text: `Kære ${participantName}` },
      { type: "paragraph", text: `${genitive(municipalityName)} tilmelding til Kommunestyret 2030, ${cohortTitle}, er annulleret, og du er derfor ikke længere tilmeldt.` },
      { type: "paragraph", text: "Har du spørgsmål, så kontakt jeres kontaktperson eller Komponent." },
    ],
  });
}
