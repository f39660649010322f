import { renderEmail } from "@/emails/render-email";
import { cohortFacts, type CohortForMail } from "@/emails/cohort-facts";
import { genitive, plural } from "@/lib/format";

type Common = { contactName: string; municipalityName: string; cohort: CohortForMail; url: string };

/** To the person who registered: taken, places held, and what happens next. */
export function pendingApprovalEmail({ contactName, municipalityName, cohort, url, participants, signInEmail }: Common & { participants: number; signInEmail: string }) {
  return renderEmail({
    subject: `Tilmeldingen til ${cohort.title} afventer godkendelse`,
    heading: "Jeres tilmelding afventer godkendelse",
    blocks: [
      { type: "paragraph", text: `Kære ${contactName}` },
      {
        type: "paragraph",
        text: `Tak for tilmeldingen af ${genitive(municipalityName)} direktion til ${cohort.title} med ${plural(participants, "deltager", "deltagere")}. Tilmeldingen er foretaget med e-mailadressen ${signInEmail}, som ikke er på kommunens domæne. Derfor skal Komponent godkende den, før den er endelig.`,
      },
      {
        type: "paragraph",
        text: "Pladserne er holdt til jer imens. Der sendes ingen faktura, og deltagerne hører ikke fra os, før tilmeldingen er godkendt. Vi kontakter jer normalt inden for to hverdage og skriver til jer, uanset om tilmeldingen godkendes eller ej.",
      },
      { type: "heading", text: "Hold" },
      { type: "facts", rows: cohortFacts(cohort) },
      { type: "button", label: "Se jeres tilmelding", url },
      { type: "paragraph", text: "Har I ikke selv tilmeldt jer, så kontakt Komponent." },
    ],
  });
}

/** Staff approved: the registration is confirmed (the usual confirmation follows with the calendar file). */
export function registrationApprovedEmail({ contactName, municipalityName, cohort, url, invoiceNumber }: Common & { invoiceNumber: string | null }) {
  return renderEmail({
    subject: `Tilmeldingen til ${cohort.title} er godkendt`,
    heading: "Jeres tilmelding er godkendt",
    blocks: [
      { type: "paragraph", text: `Kære ${contactName}` },
      { type: "paragraph", text: `Komponent har godkendt ${genitive(municipalityName)} tilmelding til ${cohort.title}. Tilmeldingen er nu bekræftet, og deltagerne får besked.` },
      ...(invoiceNumber ? [{ type: "paragraph" as const, text: `Fakturaen (${invoiceNumber}) sendes elektronisk til jeres EAN-nummer.` }] : []),
      { type: "button", label: "Se jeres tilmelding", url },
    ],
  });
}

/** Staff refused: the places are released, nothing is owed. */
export function registrationRefusedEmail({ contactName, municipalityName, cohort, url, reason }: Common & { reason: string | null }) {
  return renderEmail({
    subject: `Tilmeldingen til ${cohort.title} er ikke godkendt`,
    heading: "Tilmeldingen er ikke godkendt",
    blocks: [
      { type: "paragraph", text: `Kære ${contactName}` },
      {
        type: "paragraph",
        text: `Komponent har ikke godkendt tilmeldingen af ${genitive(municipalityName)} direktion til ${cohort.title}, fordi vi ikke kunne bekræfte, at den kommer fra kommunen. Tilmeldingen er annulleret, pladserne er frigivet, og I skylder intet.`,
      },
      ...(reason ? [{ type: "paragraph" as const, text: `Begrundelse: ${reason}` }] : []),
      {
        type: "paragraph",
        text: "Hører I til kommunens direktion, så log ind med jeres e-mailadresse fra kommunen og tilmeld jer igen, eller kontakt Komponent.",
      },
      { type: "button", label: "Se tilmeldingen", url },
    ],
  });
}
