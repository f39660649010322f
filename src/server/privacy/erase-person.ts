import "server-only";
import { createHash } from "node:crypto";
import { transaction } from "@/server/db";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { recordAudit } from "@/server/audit/record-audit";

/**
 * Erases one person where the law allows (GDPR Art. 17): participant records and outbox
 * copies are anonymised and sessions removed. Invoices keep their snapshot (bookkeeping
 * law: 5 years), so an invoice's personreference is left as issued. The audit entry
 * names the person only by a hash of the address, so the log does not undo the erasure.
 */
export async function erasePerson({ actor, email }: { actor: Actor | null; email: string }) {
  assertStaff(actor);
  const address = email.trim().toLowerCase();
  return transaction(async (tx) => {
    const participants = await tx.participant.findMany({ where: { email: { equals: address, mode: "insensitive" } }, select: { id: true } });
    for (const p of participants) {
      await tx.participant.update({
        where: { id: p.id },
        data: {
          name: "Slettet person",
          jobTitle: "",
          email: `slettet-${p.id}@invalid.invalid`,
          phone: "",
          dietaryNeeds: null,
          dietaryConsent: false,
          accessibilityNeeds: null,
          networkConsent: false,
          healthDataErasedAt: new Date(),
        },
      });
    }
    const contacts = await tx.direction.updateMany({
      where: { contactEmail: { equals: address, mode: "insensitive" } },
      data: { contactName: "Slettet person", contactEmail: "slettet@invalid.invalid", contactPhone: "", contactTitle: "" },
    });
    const mails = await tx.emailOutbox.updateMany({
      where: { to: { equals: address, mode: "insensitive" } },
      data: { to: "slettet@invalid.invalid", html: "", text: "(slettet)", attachments: [] },
    });
    await tx.cohortFollower.deleteMany({ where: { email: address } });
    const user = await tx.user.findUnique({ where: { email: address } });
    if (user) {
      await tx.session.deleteMany({ where: { userId: user.id } });
      await tx.user.update({ where: { id: user.id }, data: { email: `slettet-${user.id}@invalid.invalid`, name: null, disabledAt: new Date() } });
    }
    await tx.verificationToken.deleteMany({ where: { identifier: address } });
    await tx.signInAttempt.deleteMany({ where: { email: address } });
    const summary = { participants: participants.length, contacts: contacts.count, emails: mails.count, user: user !== null };
    await recordAudit(tx, { actor, action: "privacy.person-erased", entityType: "Person", entityId: createHash("sha256").update(address).digest("hex").slice(0, 16), after: summary });
    return summary;
  });
}
