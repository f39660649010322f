import "server-only";
import { env } from "@/env";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { PARTNER_ASSOCIATIONS } from "@/domain/fields";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmail } from "@/server/email/queue-email";
import { staffInvitationEmail } from "@/emails/staff-invitation-email";
import type { PartnerAssociationCode } from "@/generated/prisma/client";
import type { InviteUserInput } from "@/lib/schemas/invite-user";

/**
 * Gives a person staff or partner access. A disabled user is re-enabled with the new role;
 * an active user is refused, so an invitation can never silently change someone's rights.
 */
export async function inviteUser({ actor, input }: { actor: Actor | null; input: InviteUserInput }) {
  assertStaff(actor);
  const user = await transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing && !existing.disabledAt) throw new DomainError("USER_EXISTS", { field: "email" });
    const data = { role: input.role, partnerCode: input.partnerCode as PartnerAssociationCode | null, name: input.name ?? existing?.name ?? null, disabledAt: null };
    const user = existing ? await tx.user.update({ where: { id: existing.id }, data }) : await tx.user.create({ data: { email: input.email, ...data } });
    await recordAudit(tx, {
      actor,
      action: existing ? "user.reinvite" : "user.invite",
      entityType: "User",
      entityId: user.id,
      before: existing ? { role: existing.role, partnerCode: existing.partnerCode, disabledAt: existing.disabledAt } : undefined,
      after: { email: user.email, role: user.role, partnerCode: user.partnerCode },
    });
    // The mail names the inviter as their colleagues know them; the actor carries only the address.
    const inviter = actor.id ? await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } }) : null;
    const partnerName = PARTNER_ASSOCIATIONS.find((p) => p.code === user.partnerCode)?.name ?? null;
    await queueEmail(tx, {
      to: user.email,
      kind: "user-invitation",
      ...staffInvitationEmail({ role: input.role, partnerName, url: `${env.NEXTAUTH_URL}/log-ind`, invitedBy: inviter?.name ?? actor.email }),
    });
    return user;
  });
  kickOutbox();
  return user;
}
