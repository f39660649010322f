import "server-only";
import { db } from "@/server/db";
import type { EmailStatus } from "@/generated/prisma/client";
import { pageCountOf, pageWindow } from "@/domain/paging";

export const OUTBOX_PAGE_SIZE = 50;

/** One page of the outbox, newest first (only mails of `status`, if given), and how many mails there are of each status. */
export async function listOutbox({ status, page }: { status?: EmailStatus; page: number }) {
  const where = status ? { status } : {};
  const [total, mails, grouped] = await Promise.all([
    db.emailOutbox.count({ where }),
    db.emailOutbox.findMany({ where, orderBy: { createdAt: "desc" }, ...pageWindow(page, OUTBOX_PAGE_SIZE), select: { id: true, to: true, subject: true, kind: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, directionId: true } }),
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts: Partial<Record<EmailStatus, number>> = Object.fromEntries(grouped.map((g) => [g.status, g._count._all]));
  return { total, mails, counts, pageCount: pageCountOf(total, OUTBOX_PAGE_SIZE) };
}
