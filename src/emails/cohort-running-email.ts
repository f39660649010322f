import { renderEmail } from "@/emails/render-email";
import { cohortFacts, type CohortForMail } from "@/emails/cohort-facts";

/** Sent to every confirmed direction's contact the moment the cohort reaches its minimum of directions. */
export function cohortRunningEmail({ cohort, minDirections, url }: { cohort: CohortForMail; minDirections: number; url: string }) {
  return renderEmail({
    subject: `${cohort.title} gennemføres`,
    heading: "Holdet gennemføres",
    blocks: [
      { type: "paragraph", text: `${cohort.title} har nu mindst ${minDirections} tilmeldte direktioner, så holdet gennemføres som planlagt.` },
      { type: "facts", rows: cohortFacts(cohort) },
      { type: "paragraph", text: "I kan roligt booke transport. Program og praktiske oplysninger følger inden seminaret." },
      { type: "button", label: "Se jeres tilmelding", url },
    ],
  });
}
