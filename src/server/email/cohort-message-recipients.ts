import "server-only";
import type { Tx } from "@/server/db";
import type { Audience } from "@/lib/schemas/cohort-message";

/** Unique addresses on a cohort's confirmed directions: participants or contact persons. */
export async function cohortMessageRecipients(tx: Pick<Tx, "direction">, cohortId: string, audience: Audience) {
  const directions = await tx.direction.findMany({
    where: { cohortId, status: "CONFIRMED" },
    include: { participants: { where: { status: "ACTIVE" }, select: { email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const seen = new Set<string>();
  const recipients: { email: string; directionId: string }[] = [];
  for (const d of directions) {
    const emails = audience === "CONTACTS" ? [d.contactEmail] : d.participants.map((p) => p.email);
    for (const email of emails) {
      const key = email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      recipients.push({ email, directionId: d.id });
    }
  }
  return recipients;
}
