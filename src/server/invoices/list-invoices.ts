import "server-only";
import { db } from "@/server/db";
import { isoDateInCopenhagen } from "@/lib/format";
import type { InvoiceStatus, Prisma } from "@/generated/prisma/client";
import { pageCountOf, pageWindow } from "@/domain/paging";

export const INVOICE_SORTS = ["nummer", "dato", "forfald", "beloeb", "koeber"] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];
export const INVOICE_PAGE_SIZE = 30;

export type InvoiceFilter = { status?: InvoiceStatus; cohortId?: string; overdue?: boolean; transmissionFailed?: boolean };

export function invoiceWhere(filter: InvoiceFilter, now = new Date()): Prisma.InvoiceWhereInput {
  const where: Prisma.InvoiceWhereInput = {};
  if (filter.status) where.status = filter.status;
  if (filter.cohortId) where.direction = { cohortId: filter.cohortId };
  if (filter.transmissionFailed) where.transmissions = { some: { status: "FAILED" } };
  if (filter.overdue) {
    // dueDate is a calendar date: overdue from the day after it, in Copenhagen.
    Object.assign(where, { kind: "INVOICE", status: { in: ["ISSUED", "SENT"] }, dueDate: { lt: new Date(`${isoDateInCopenhagen(now)}T00:00:00Z`) } });
  }
  return where;
}

function orderOf(sort: InvoiceSort, dir: "asc" | "desc"): Prisma.InvoiceOrderByWithRelationInput[] {
  switch (sort) {
    case "nummer":
      return [{ series: "asc" }, { number: dir }];
    case "dato":
      return [{ issueDate: dir }, { number: dir }];
    case "forfald":
      return [{ dueDate: dir }];
    case "beloeb":
      return [{ grossOre: dir }];
    case "koeber":
      return [{ buyerName: dir }];
  }
}

export async function listInvoices({ filter, sort, dir, page }: { filter: InvoiceFilter; sort: InvoiceSort; dir: "asc" | "desc"; page: number }) {
  const where = invoiceWhere(filter);
  const [total, rows, sums] = await Promise.all([
    db.invoice.count({ where }),
    db.invoice.findMany({
      where,
      orderBy: orderOf(sort, dir),
      ...pageWindow(page, INVOICE_PAGE_SIZE),
      include: {
        direction: { select: { id: true, municipality: { select: { name: true } }, cohort: { select: { title: true } } } },
        // The newest transmission not yet through: staff see it under way, waiting to retry, or failed.
        transmissions: { where: { status: { not: "SENT" } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, attempts: true, lastError: true, nextAttemptAt: true } },
        // The buyer's latest answer (received, accepted, rejected, under query, paid).
        responses: { orderBy: [{ receivedAt: "desc" }, { id: "desc" }], take: 1, select: { status: true, reason: true } },
      },
    }),
    db.invoice.groupBy({ by: ["kind"], where, _sum: { grossOre: true } }),
  ]);
  const sumOf = (kind: "INVOICE" | "CREDIT_NOTE") => sums.find((s) => s.kind === kind)?._sum.grossOre ?? 0;
  return { total, rows, pageCount: pageCountOf(total, INVOICE_PAGE_SIZE), invoicedOre: sumOf("INVOICE"), creditedOre: sumOf("CREDIT_NOTE") };
}
