import { renderEmail } from "@/emails/render-email";

/** Tells the contact person that Komponent moved their direction to another cohort. */
export function directionMovedEmail({ municipalityName, fromTitle, toTitle, dates, url }: { municipalityName: string; fromTitle: string; toTitle: string; dates: [string, string][]; url: string }) {
  return renderEmail({
    subject: `Jeres tilmelding er flyttet til ${toTitle}`,
    heading: "Jeres tilmelding er flyttet",
    blocks: [
      { type: "paragraph", text: `${municipalityName}s direktion er flyttet fra ${fromTitle} til ${toTitle}. Deltagerne og faktureringen er uændrede.` },
      ...(dates.length > 0 ? [{ type: "facts" as const, rows: dates }] : []),
      { type: "button", label: "Se jeres tilmelding", url },
      { type: "paragraph", text: "Passer det nye hold ikke, så kontakt Komponent hurtigst muligt." },
    ],
  });
}
