import { describe, expect, it } from "vitest";
import { renderBadgesPdf } from "../../src/server/cohorts/render-badges-pdf";
import { extractRuns } from "../support/pdf-text";

// A4 in a 2 × 4 grid, as the renderer lays it out.
const MARGIN = 36;
const WIDTH = (595.28 - 2 * MARGIN - 12) / 2;

describe("renderBadgesPdf", () => {
  it("fits long names within the badge by shrinking, then wrapping, above the job title", async () => {
    const badges = [
      { name: "Anne Hansen", jobTitle: "Kommunaldirektør", municipality: "Ærø Kommune" },
      { name: "Karl-Johan Christoffersen-Østergaard", jobTitle: "Direktør for Børn og Unge", municipality: "Ringkøbing-Skjern Kommune" },
      { name: "Marie-Louise Bernadotte Frederiksen-Schleswig-Holstein Sønderborg", jobTitle: "Direktør for Social, Sundhed og Beskæftigelse samt Ældreområdet", municipality: "Lyngby-Taarbæk Kommune" },
    ];
    const runs = extractRuns(await renderBadgesPdf({ badges, cohortNumber: 1, compress: false }));
    for (const [index, badge] of badges.entries()) {
      const left = MARGIN + (index % 2) * (WIDTH + 12);
      const nameRuns = runs.filter((r) => badge.name.includes(r.text.trim()) && r.text.trim().length > 2 && r.x >= left && r.x < left + WIDTH);
      // Wrapped lines join with a space, or without one after a hyphen.
      expect(nameRuns.map((r) => r.text.trim()).join(" ").replace(/- /g, "-"), badge.name).toBe(badge.name);
      const title = runs.find((r) => badge.jobTitle.startsWith(r.text.trim()) && r.text.trim().length > 2 && r.x >= left && r.x < left + WIDTH)!;
      // PDF y grows upwards: every name line sits above the title's top (baseline + size).
      for (const line of nameRuns) {
        expect(line.y, `"${line.text}" overlaps the job title`).toBeGreaterThan(title.y + title.size);
        expect(line.x).toBeGreaterThanOrEqual(left + 16 - 0.01);
      }
    }
    const sizes = (name: string) => runs.filter((r) => name.includes(r.text.trim()) && r.text.trim().length > 2).map((r) => r.size);
    expect(sizes(badges[0]!.name)).toEqual([22]);
    expect(Math.max(...sizes(badges[1]!.name))).toBeLessThan(22);
    expect(sizes(badges[2]!.name).length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...sizes(badges[2]!.name))).toBeGreaterThanOrEqual(10);
  });
});
