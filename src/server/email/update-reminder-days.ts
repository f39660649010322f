import "server-only";
import { transaction } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";

/** How many days before the seminar and the follow-up day the automatic reminder goes out. */
export async function updateReminderDays({ actor, days }: { actor: Actor | null; days: number }) {
  assertStaff(actor);
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new DomainError("VALIDATION", { field: "reminderDaysBefore" });
  return transaction(async (tx) => {
    const programme = await tx.programme.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const after = await tx.programme.update({ where: { id: programme.id }, data: { reminderDaysBefore: days } });
    await recordAudit(tx, { actor, action: "programme.reminders", entityType: "Programme", entityId: programme.id, before: { reminderDaysBefore: programme.reminderDaysBefore }, after: { reminderDaysBefore: after.reminderDaysBefore } });
    return after;
  });
}
