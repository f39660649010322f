import "server-only";
import { db } from "@/server/db";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { recordAudit } from "@/server/audit/record-audit";

/** Everything stored about one person, found by e-mail address (GDPR Art. 15 access request). */
export async function exportPersonData({ actor, email }: { actor: Actor | null; email: string }) {
  assertStaff(actor);
  const address = email.trim().toLowerCase();
  const [user, participants, contactFor, emails, followers] = await Promise.all([
    db.user.findUnique({ where: { email: address }, select: { id: true, email: true, name: true, role: true, partnerCode: true, createdAt: true, disabledAt: true } }),
    db.participant.findMany({
      where: { email: { equals: address, mode: "insensitive" } },
      include: { direction: { select: { municipality: { select: { name: true } }, cohort: { select: { title: true } }, status: true } } },
    }),
    db.direction.findMany({
      where: { contactEmail: { equals: address, mode: "insensitive" } },
      select: { id: true, status: true, contactName: true, contactTitle: true, contactEmail: true, contactPhone: true, personReference: true, municipality: { select: { name: true } }, cohort: { select: { title: true } } },
    }),
    db.emailOutbox.findMany({ where: { to: { equals: address, mode: "insensitive" } }, select: { subject: true, status: true, createdAt: true, sentAt: true } }),
    db.cohortFollower.findMany({ where: { email: address }, select: { cohortId: true, createdAt: true } }),
  ]);
  await db.$transaction(async (tx) => {
    await recordAudit(tx, { actor, action: "privacy.person-exported", entityType: "Person", entityId: address });
  });
  return { exportedAt: new Date().toISOString(), email: address, user, participants, contactFor, emails, followers };
}
