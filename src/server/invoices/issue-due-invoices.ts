import "server-only";
import { db, lockCohort, transaction } from "@/server/db";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { invoicesNow } from "@/domain/invoice-timing";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import type { Invoice } from "@/generated/prisma/client";

/**
 * The daily invoicing run: every confirmed direction with seats not yet invoiced whose cohort's
 * invoicing time has come under the programme's setting. It is what invoices a cohort on its date under
 * BEFORE_SEMINAR, and it catches up after staff change the setting (e.g. to WHEN_RUNNING for a
 * cohort that already runs). Each direction in its own transaction under its cohort's lock,
 * like every other change to it; one that fails (logged) does not stop the others.
 */
export async function issueDueInvoices({ now = new Date() }: { now?: Date } = {}): Promise<{ issued: Invoice[]; failed: string[] }> {
  const cohorts = await db.cohort.findMany({
    where: { status: { in: ["OPEN", "CLOSED", "COMPLETED"] }, directions: { some: { status: "CONFIRMED" } } },
    select: { id: true, runningSince: true, seminarStart: true, programme: { select: { invoiceTiming: true, invoiceDaysBefore: true } } },
  });
  const issued: Invoice[] = [];
  const failed: string[] = [];
  for (const cohort of cohorts) {
    const { invoiceTiming, invoiceDaysBefore } = cohort.programme;
    if (!invoicesNow({ timing: invoiceTiming, cohort, daysBefore: invoiceDaysBefore, now })) continue;
    // issueInvoice decides what is due: nothing for a direction already invoiced in full.
    const directions = await db.direction.findMany({ where: { cohortId: cohort.id, status: "CONFIRMED" }, select: { id: true }, orderBy: { createdAt: "asc" } });
    for (const { id } of directions) {
      try {
        const invoice = await transaction(async (tx) => {
          await lockCohort(tx, cohort.id);
          // Re-read under the lock: it may have been cancelled, moved or invoiced meanwhile.
          const direction = await tx.direction.findUnique({ where: { id }, select: { status: true, cohortId: true } });
          if (direction?.status !== "CONFIRMED" || direction.cohortId !== cohort.id) return null;
          return issueInvoice(tx, { directionId: id, actor: SYSTEM_ACTOR, now });
        });
        if (invoice) issued.push(invoice);
      } catch (error) {
        failed.push(id);
        console.error(`direction ${id}: the invoicing run could not invoice it`, error);
      }
    }
  }
  if (issued.length > 0) kickTransmissions();
  return { issued, failed };
}
