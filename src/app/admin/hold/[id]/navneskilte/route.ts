import { renderBadgesPdf } from "@/server/cohorts/render-badges-pdf";
import { rosterDownload } from "../load-roster";

export const GET = rosterDownload(async (roster) => {
  const pdf = await renderBadgesPdf({ badges: roster.participants.map((p) => ({ name: p.name, jobTitle: p.jobTitle, municipality: `${p.municipality} Kommune` })), cohortNumber: roster.cohort.number });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="navneskilte-${roster.cohort.slug}.pdf"`, "Cache-Control": "no-store" },
  });
});
