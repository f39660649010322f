import { renderEmail } from "@/emails/render-email";

/** Sent to every contact and participant when Komponent cancels a whole cohort. */
export function cohortCancelledEmail({ cohortTitle, isContact, credited, reason }: { cohortTitle: string; isContact: boolean; credited: boolean; reason?: string }) {
  const blocks = [
    { type: "paragraph" as const, text: `Komponent har desværre måttet aflyse ${cohortTitle} i Kommunestyret 2030.` },
    ...(reason ? [{ type: "paragraph" as const, text: reason }] : []),
    ...(isContact
      ? [
          {
            type: "paragraph" as const,
            text: credited
              ? "Jeres tilmelding er annulleret, og fakturaen krediteres fuldt ud. Kreditnotaen sendes elektronisk til kommunens EAN-nummer."
              : "Jeres tilmelding er annulleret. I er ikke blevet faktureret og skal ikke betale noget.",
          },
          { type: "paragraph" as const, text: "Vi kontakter jer om muligheden for at deltage på et andet hold." },
        ]
      : [{ type: "paragraph" as const, text: "Din plads på holdet er dermed annulleret. Kontaktpersonen for jeres direktion hører nærmere fra os." }]),
    { type: "paragraph" as const, text: "Vi beklager ulejligheden." },
  ];
  return renderEmail({ subject: `Aflyst: ${cohortTitle}`, heading: `${cohortTitle} er aflyst`, blocks });
}
