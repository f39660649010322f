import { renderEmail } from "@/emails/render-email";

/** Invitation for a new staff or partner user; sign-in is by e-mail link, so there is no password to set. */
export function staffInvitationEmail({ role, partnerName, url, invitedBy }: { role: "STAFF" | "PARTNER"; partnerName: string | null; url: string; invitedBy: string }) {
  const access =
    role === "STAFF"
      ? "administrationen af Kommunestyret 2030, hvor du kan se og ændre hold, tilmeldinger og fakturaer"
      : `partneroversigten for ${partnerName ?? "jeres forening"}, hvor I kan følge tilmeldingerne`;
  return renderEmail({
    subject: "Du har fået adgang til Kommunestyret 2030",
    heading: "Du har fået adgang",
    blocks: [
      { type: "paragraph", text: `${invitedBy} har givet dig adgang til ${access}.` },
      { type: "paragraph", text: "Du logger ind med din e-mailadresse: Vi sender et link, hver gang du logger ind. Der er ingen adgangskode." },
      { type: "button", label: "Log ind", url },
    ],
  });
}
