import { renderEmail } from "@/emails/render-email";

/** The contact person's receipt for a change to the registration, with what follows from it. */
export function registrationChangeEmail({ subject, heading, lines, url }: { subject: string; heading: string; lines: string[]; url: string }) {
  return renderEmail({
    subject,
    heading,
    blocks: [
      ...lines.map((text) => ({ type: "paragraph" as const, text })),
      { type: "button", label: "Se jeres tilmelding", url },
      { type: "paragraph", text: "Har I ikke selv foretaget ændringen, så kontakt Komponent." },
    ],
  });
}
