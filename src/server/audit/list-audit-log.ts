import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";
import { pageCountOf, pageWindow } from "@/domain/paging";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogFilter = {
  entityType?: string;
  /** Part of the actor's e-mail address, any case. */
  actor?: string;
  /** An action or the start of one ("direction." or "direction.move"); anything else is ignored. */
  action?: string;
  /** The first and the last day to show (each the start of a day in Copenhagen), both included. */
  fromDay?: Date | null;
  toDay?: Date | null;
};

function whereOf(filter: AuditLogFilter): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.entityType) where.entityType = filter.entityType;
  if (filter.actor) where.actorEmail = { contains: filter.actor, mode: "insensitive" };
  if (filter.action && /^[a-z]+\.[a-z._-]*$/.test(filter.action)) where.action = { startsWith: filter.action };
  const { fromDay, toDay } = filter;
  if (fromDay || toDay) where.at = { ...(fromDay ? { gte: fromDay } : {}), ...(toDay ? { lt: new Date(toDay.getTime() + 24 * 60 * 60_000) } : {}) };
  return where;
}

/** One page of the audit log, newest first. */
export async function listAuditLog({ filter, page }: { filter: AuditLogFilter; page: number }) {
  const where = whereOf(filter);
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: { at: "desc" }, ...pageWindow(page, AUDIT_PAGE_SIZE) }),
  ]);
  return { total, entries, pageCount: pageCountOf(total, AUDIT_PAGE_SIZE) };
}
