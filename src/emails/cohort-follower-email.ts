import { renderEmail } from "@/emails/render-email";
import { cohortFacts, type CohortForMail } from "@/emails/cohort-facts";

/** The one mail a "Giv mig besked" follower gets; their address is deleted right after it is queued. */
export function cohortFollowerEmail({ cohort, url, registrationOpen }: { cohort: CohortForMail; url: string; registrationOpen: boolean }) {
  return renderEmail({
    subject: registrationOpen ? `Tilmeldingen til ${cohort.title} er åben` : `Datoerne for ${cohort.title} er på plads`,
    heading: registrationOpen ? "Tilmeldingen er åben" : "Datoerne er på plads",
    blocks: [
      { type: "paragraph", text: `Du bad om besked om ${cohort.title} i Kommunestyret 2030.` },
      { type: "facts", rows: cohortFacts(cohort) },
      { type: "button", label: registrationOpen ? "Tilmeld jeres direktion" : "Se holdet", url },
      { type: "paragraph", text: "Du får ikke flere mails fra os om holdet: vi har slettet din e-mailadresse fra listen." },
    ],
  });
}
