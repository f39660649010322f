import "server-only";
import { db, readRows } from "@/server/db";
import { isRunning } from "@/domain/capacity";
import { readCohortPlacesById } from "@/server/cohorts/place-counts";
import { isoDateInCopenhagen } from "@/lib/format";

/** Cohorts under their minimum this close to the deadline need a push (calls, partner newsletters). */
export const ATTENTION_DAYS_BEFORE_DEADLINE = 21;
const DAY_MS = 24 * 60 * 60_000;

export async function getDashboard({ now = new Date() }: { now?: Date } = {}) {
  const cohorts = await db.cohort.findMany({ orderBy: { number: "asc" } });
  const places = await readCohortPlacesById(readRows, cohorts.map((c) => c.id));
  const money = await db.$queryRaw<{ cohortId: string; invoiced: bigint | null; credited: bigint | null; paid: bigint | null }[]>`
    SELECT d."cohortId",
           sum(i."grossOre") FILTER (WHERE i.kind = 'INVOICE') AS invoiced,
           sum(i."grossOre") FILTER (WHERE i.kind = 'CREDIT_NOTE') AS credited,
           sum(i."grossOre") FILTER (WHERE i.kind = 'INVOICE' AND i.status = 'PAID') AS paid
    FROM "Invoice" i JOIN "Direction" d ON d.id = i."directionId"
    GROUP BY d."cohortId"`;
  const moneyByCohort = new Map(money.map((m) => [m.cohortId, m]));

  const cards = cohorts.map((cohort) => {
    const p = places.get(cohort.id)!;
    const c = { confirmedDirections: p.confirmedDirections, activeParticipants: p.activeParticipants, heldSeats: p.heldSeats, waitlisted: p.waitlisted };
    const m = moneyByCohort.get(cohort.id);
    const daysToSeminar = cohort.seminarStart ? Math.ceil((cohort.seminarStart.getTime() - now.getTime()) / DAY_MS) : null;
    const daysToDeadline = cohort.registrationDeadline ? Math.ceil((cohort.registrationDeadline.getTime() - now.getTime()) / DAY_MS) : null;
    return {
      cohort,
      ...c,
      running: isRunning({ confirmedDirections: c.confirmedDirections, minDirections: cohort.minDirections }),
      daysToSeminar,
      daysToDeadline,
      invoicedOre: Number(m?.invoiced ?? 0) - Number(m?.credited ?? 0),
      paidOre: Number(m?.paid ?? 0),
    };
  });

  const active = (c: (typeof cards)[number]) => c.cohort.status === "OPEN" || c.cohort.status === "CLOSED";
  // Cohorts that ran and fell below their minimum again (the runs-event, src/server/cohorts/runs-event.ts).
  const belowMinimum = cards.filter((c) => active(c) && c.cohort.belowMinimumSince !== null);
  const atRisk = cards.filter(
    (c) => active(c) && c.cohort.belowMinimumSince === null && !c.running && c.daysToDeadline !== null && c.daysToDeadline <= ATTENTION_DAYS_BEFORE_DEADLINE,
  );
  const today = new Date(`${isoDateInCopenhagen(now)}T00:00:00Z`);
  const overdue = await db.invoice.findMany({
    where: { kind: "INVOICE", status: { in: ["ISSUED", "SENT"] }, dueDate: { lt: today } },
    include: { direction: { include: { municipality: true } } },
    orderBy: { dueDate: "asc" },
    take: 20,
  });
  const answered = await buyerAnswersNeedingAction();
  const failedCount = await db.emailOutbox.count({ where: { status: "FAILED" } });
  const failed = await db.emailOutbox.findMany({ where: { status: "FAILED" }, orderBy: { createdAt: "desc" }, take: 5 });
  const failedTransmissionCount = await db.invoiceTransmission.count({ where: { status: "FAILED" } });
  const failedTransmissions = await db.invoiceTransmission.findMany({
    where: { status: "FAILED" },
    orderBy: { failedAt: "desc" },
    take: 5,
    select: { id: true, lastError: true, failedAt: true, invoice: { select: { id: true, displayNumber: true, kind: true, buyerName: true } } },
  });
  return { cards, atRisk, belowMinimum, overdue, answered, failed, failedCount, failedTransmissions, failedTransmissionCount };
}

/**
 * Invoices whose buyer's latest response rejected or queried them, until they are corrected
 * (credited: the correction re-issues them) or a later response supersedes it.
 */
async function buyerAnswersNeedingAction() {
  return db.$queryRaw<{ invoiceId: string; directionId: string; displayNumber: string; municipality: string; status: "REJECTED" | "UNDER_QUERY"; reason: string | null; receivedAt: Date }[]>`
    SELECT r."invoiceId", i."directionId", i."displayNumber", m.name AS municipality, r.status::text AS status, r.reason, r."receivedAt"
    FROM (
      SELECT DISTINCT ON ("invoiceId") "invoiceId", status, reason, "receivedAt" FROM "InvoiceResponse" ORDER BY "invoiceId", "receivedAt" DESC, id DESC
    ) r
    JOIN "Invoice" i ON i.id = r."invoiceId"
    JOIN "Direction" d ON d.id = i."directionId"
    JOIN "Municipality" m ON m.code = d."municipalityCode"
    WHERE r.status IN ('REJECTED', 'UNDER_QUERY') AND i.status <> 'CREDITED'
    ORDER BY r."receivedAt" ASC
    LIMIT 50`;
}
