import "server-only";
import { db } from "@/server/db";
import type { DirectionStatus, Prisma } from "@/generated/prisma/client";
import { pageCountOf, pageWindow } from "@/domain/paging";

export const DIRECTION_SORTS = ["kommune", "hold", "status", "kontakt", "oprettet"] as const;
export type DirectionSort = (typeof DIRECTION_SORTS)[number];
export const PAGE_SIZE = 25;

export type DirectionFilter = {
  cohortId?: string;
  status?: DirectionStatus;
  municipalityCode?: string;
  regionCode?: string;
  q?: string;
};

function whereOf(filter: DirectionFilter): Prisma.DirectionWhereInput {
  const where: Prisma.DirectionWhereInput = {};
  if (filter.cohortId) where.cohortId = filter.cohortId;
  if (filter.status) where.status = filter.status;
  if (filter.municipalityCode) where.municipalityCode = filter.municipalityCode;
  if (filter.regionCode) where.municipality = { regionCode: filter.regionCode };
  const q = filter.q?.trim();
  if (q) {
    const contains = { contains: q, mode: "insensitive" as const };
    where.OR = [
      { municipality: { name: contains } },
      { contactName: contains },
      { contactEmail: contains },
      { participants: { some: { OR: [{ name: contains }, { email: contains }] } } },
    ];
  }
  return where;
}

function orderOf(sort: DirectionSort, dir: "asc" | "desc"): Prisma.DirectionOrderByWithRelationInput[] {
  switch (sort) {
    case "kommune":
      return [{ municipality: { name: dir } }];
    case "hold":
      return [{ cohort: { number: dir } }, { status: "asc" }, { waitlistPosition: "asc" }];
    case "status":
      return [{ status: dir }, { municipality: { name: "asc" } }];
    case "kontakt":
      return [{ contactName: dir }];
    case "oprettet":
      return [{ createdAt: dir }];
  }
}

/** One page of directions for the admin list, filtered and sorted in the database. */
export async function listDirections({ filter, sort, dir, page }: { filter: DirectionFilter; sort: DirectionSort; dir: "asc" | "desc"; page: number }) {
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    db.direction.count({ where }),
    db.direction.findMany({
      where,
      orderBy: orderOf(sort, dir),
      ...pageWindow(page, PAGE_SIZE),
      include: {
        municipality: true,
        cohort: { select: { id: true, title: true, number: true } },
        participants: { where: { status: "ACTIVE" }, select: { id: true } },
        invoices: { select: { kind: true, status: true, grossOre: true } },
      },
    }),
  ]);
  return { total, rows, pageCount: pageCountOf(total, PAGE_SIZE) };
}
