import "server-only";
import { db, lockCohort, transaction } from "@/server/db";
import { formatDateTimeLong } from "@/lib/format";
import { recordAudit } from "@/server/audit/record-audit";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { queueEmail } from "@/server/email/queue-email";
import { reminderEmail } from "@/emails/reminder-email";

const DAY_MS = 24 * 60 * 60_000;

type Occasion = "seminar" | "follow-up";

export function reminderKind(occasion: Occasion, cohortId: string): string {
  return `reminder:${occasion}:${cohortId}`;
}

/**
 * Queues the automatic reminder to every active participant `reminderDaysBefore` days before
 * the seminar and before the follow-up day. Safe to call as often as you like: a reminder
 * already in the outbox for that cohort and occasion is never queued again, and the check
 * and the insert happen under the cohort lock so two app instances cannot both send.
 */
export async function sendDueReminders({ now = new Date() }: { now?: Date } = {}) {
  const programme = await db.programme.findFirst({ orderBy: { createdAt: "asc" } });
  if (!programme) return { queued: 0 };
  const windowMs = programme.reminderDaysBefore * DAY_MS;
  const cohorts = await db.cohort.findMany({
    where: { status: { in: ["OPEN", "CLOSED"] }, datesAnnounced: true },
    select: { id: true, seminarStart: true, followUpStart: true },
  });

  let queued = 0;
  for (const cohort of cohorts) {
    for (const [occasion, start] of [["seminar", cohort.seminarStart], ["follow-up", cohort.followUpStart]] as const) {
      if (!start) continue;
      const due = now.getTime() >= start.getTime() - windowMs && now.getTime() < start.getTime();
      if (!due) continue;
      queued += await queueReminder(cohort.id, occasion, now);
    }
  }
  return { queued };
}

async function queueReminder(cohortId: string, occasion: Occasion, now: Date): Promise<number> {
  const kind = reminderKind(occasion, cohortId);
  return transaction(async (tx) => {
    await lockCohort(tx, cohortId);
    if (await tx.emailOutbox.findFirst({ where: { kind }, select: { id: true } })) return 0;
    const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    const start = occasion === "seminar" ? cohort.seminarStart : cohort.followUpStart;
    const end = occasion === "seminar" ? cohort.seminarEnd : cohort.followUpEnd;
    if (!start || !end || start <= now) return 0;
    const venueParts = occasion === "seminar"
      ? [cohort.seminarVenueName, cohort.seminarVenueAddress, [cohort.seminarVenuePostalCode, cohort.seminarVenueCity].filter(Boolean).join(" ")]
      : [cohort.followUpVenueName, cohort.followUpVenueAddress, [cohort.followUpVenuePostalCode, cohort.followUpVenueCity].filter(Boolean).join(" ")];
    const venue = venueParts.filter(Boolean).join(", ") || null;

    const participants = await tx.participant.findMany({
      where: { status: "ACTIVE", direction: { cohortId, status: "CONFIRMED" } },
      select: { email: true, overnightStay: true, directionId: true },
    });
    for (const p of participants) {
      await queueEmail(tx, {
        to: p.email,
        kind,
        directionId: p.directionId,
        cohortId,
        ...reminderEmail({ occasion, cohortTitle: cohort.title, start: formatDateTimeLong(start), end: formatDateTimeLong(end), venue, overnight: p.overnightStay }),
      });
    }
    if (participants.length > 0) {
      await recordAudit(tx, { actor: SYSTEM_ACTOR, action: `cohort.reminder.${occasion}`, entityType: "Cohort", entityId: cohortId, after: { recipients: participants.length } });
    }
    return participants.length;
  });
}
