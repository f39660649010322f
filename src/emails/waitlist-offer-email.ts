import { renderEmail } from "@/emails/render-email";
import { formatDateTimeLong, plural, genitive } from "@/lib/format";

export function waitlistOfferEmail({ cohortTitle, municipalityName, participants, url, expiresAt }: { cohortTitle: string; municipalityName: string; participants: number; url: string; expiresAt: Date }) {
  return renderEmail({
    subject: `Der er plads til jer på ${cohortTitle}`,
    heading: "Der er blevet plads på holdet",
    blocks: [
      { type: "paragraph", text: `${genitive(municipalityName)} direktion står på ventelisten til ${cohortTitle}, og nu er der plads til jer (${plural(participants, "deltager", "deltagere")}).` },
      { type: "paragraph", text: `Pladsen er reserveret til jer indtil ${formatDateTimeLong(expiresAt)}. Bekræfter I ikke inden da, går tilbuddet videre til den næste på ventelisten, og I rykker bagerst.` },
      { type: "button", label: "Se tilbuddet og bekræft pladsen", url },
      { type: "paragraph", text: "Når I bekræfter, er tilmeldingen bindende, og I modtager en faktura." },
    ],
  });
}
