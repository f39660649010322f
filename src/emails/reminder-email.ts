import { renderEmail } from "@/emails/render-email";

/** The automatic reminder before the seminar or the follow-up day. */
export function reminderEmail({ occasion, cohortTitle, start, end, venue, overnight }: { occasion: "seminar" | "follow-up"; cohortTitle: string; start: string; end: string; venue: string | null; overnight?: boolean }) {
  const what = occasion === "seminar" ? "seminaret" : "opfølgningsdagen";
  const rows: [string, string][] = [
    ["Begynder", start],
    ["Slutter", end],
  ];
  if (venue) rows.push(["Sted", venue]);
  return renderEmail({
    subject: `Påmindelse: ${occasion === "seminar" ? "Seminar" : "Opfølgningsdag"} på ${cohortTitle}`,
    heading: `Vi glæder os til at se dig på ${what}`,
    blocks: [
      { type: "paragraph", text: `Her er en påmindelse om ${what} på ${cohortTitle} i Kommunestyret 2030.` },
      { type: "facts", rows },
      ...(occasion === "seminar" && overnight ? [{ type: "paragraph" as const, text: "Der er booket overnatning til dig." }] : []),
      { type: "paragraph", text: "Er du forhindret, så kan en kollega fra samme kommune tage din plads. Kontaktpersonen for jeres direktion kan ændre det under Min tilmelding." },
    ],
  });
}
