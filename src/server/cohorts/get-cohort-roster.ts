import "server-only";
import { db } from "@/server/db";

/** The cohort's active participants on confirmed directions, by municipality then name. */
export async function getCohortRoster(cohortId: string) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId } });
  if (!cohort) return null;
  const participants = await db.participant.findMany({
    where: { status: "ACTIVE", direction: { cohortId, status: "CONFIRMED" } },
    include: { direction: { select: { municipality: { select: { name: true } } } } },
    orderBy: [{ direction: { municipality: { name: "asc" } } }, { name: "asc" }],
  });
  return {
    cohort,
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      jobTitle: p.jobTitle,
      field: p.field,
      email: p.email,
      phone: p.phone,
      municipality: p.direction.municipality.name,
      overnightStay: p.overnightStay,
      // Stored only with consent (a DB check enforces it), so a value here may be shown by name.
      dietaryNeeds: p.dietaryConsent ? p.dietaryNeeds : null,
      accessibilityNeeds: p.accessibilityNeeds,
    })),
  };
}

export type RosterParticipant = NonNullable<Awaited<ReturnType<typeof getCohortRoster>>>["participants"][number];

/** Counts per need for the venue; spelling variants ("vegetar", "Vegetar ") count together. */
export function dietaryCounts(participants: RosterParticipant[]): { need: string; count: number }[] {
  const counts = new Map<string, { need: string; count: number }>();
  for (const p of participants) {
    const need = p.dietaryNeeds?.trim();
    if (!need) continue;
    const key = need.toLocaleLowerCase("da-DK");
    const entry = counts.get(key) ?? { need, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.need.localeCompare(b.need, "da"));
}
