import "server-only";
import { db } from "@/server/db";
import { getProgramme } from "@/server/programme/get-programme";
import { fieldFilter, resolvePartnerScope, type PartnerScope } from "@/server/attendance/partner-scope";
import type { PartnerParticipantSort } from "@/lib/schemas/partner-participants";
import type { CurrentUser } from "@/server/auth/session";
import type { FieldCode } from "@/domain/fields";
import type { Prisma } from "@/generated/prisma/client";
import { pageCountOf, pageWindow } from "@/domain/paging";

export const PARTNER_PAGE_SIZE = 25;

export type PartnerParticipantRow = {
  id: string;
  name: string;
  jobTitle: string;
  field: FieldCode;
  municipalityName: string;
  cohortNumber: number;
  cohortTitle: string;
};

export type PartnerParticipantList = {
  scope: PartnerScope;
  rows: PartnerParticipantRow[];
  total: number;
  page: number;
  pageCount: number;
  cohorts: { number: number; title: string }[];
};

// The one place that decides which participant columns a partner may see: no contact details,
// no dietary, allergy or accessibility needs, nothing about invoices.
const PARTNER_VISIBLE_SELECT = {
  id: true,
  name: true,
  jobTitle: true,
  field: true,
  direction: {
    select: {
      municipality: { select: { name: true } },
      cohort: { select: { number: true, title: true } },
    },
  },
} as const satisfies Prisma.ParticipantSelect;

const ORDER: Record<PartnerParticipantSort, Prisma.ParticipantOrderByWithRelationInput[]> = {
  navn: [{ name: "asc" }],
  kommune: [{ direction: { municipality: { name: "asc" } } }, { name: "asc" }],
  hold: [{ direction: { cohort: { number: "asc" } } }, { name: "asc" }],
  fagomraade: [{ field: "asc" }, { name: "asc" }],
};

/**
 * Active participants of confirmed directions whose field the viewer's association follows.
 * `pagination: null` returns every row (the CSV export shows exactly what the pages show).
 */
export async function listPartnerParticipants({
  viewer,
  cohortNumber,
  sort = "navn",
  pagination = { page: 1, pageSize: PARTNER_PAGE_SIZE },
}: {
  viewer: CurrentUser | null;
  cohortNumber?: number;
  sort?: PartnerParticipantSort;
  pagination?: { page: number; pageSize: number } | null;
}): Promise<PartnerParticipantList> {
  const scope = await resolvePartnerScope(viewer);
  const programme = await getProgramme();
  const visibleCohort = { programmeId: programme.id, status: { not: "CANCELLED" as const } };
  const where: Prisma.ParticipantWhereInput = {
    status: "ACTIVE",
    ...fieldFilter(scope),
    direction: {
      status: "CONFIRMED",
      cohort: cohortNumber === undefined ? visibleCohort : { ...visibleCohort, number: cohortNumber },
    },
  };

  const [total, cohorts] = await Promise.all([
    db.participant.count({ where }),
    db.cohort.findMany({ where: visibleCohort, select: { number: true, title: true }, orderBy: { number: "asc" } }),
  ]);
  const pageCount = pagination ? pageCountOf(total, pagination.pageSize) : 1;
  const page = pagination ? Math.min(Math.max(1, pagination.page), pageCount) : 1;
  const participants = await db.participant.findMany({
    where,
    select: PARTNER_VISIBLE_SELECT,
    orderBy: [...ORDER[sort], { id: "asc" }],
    ...(pagination ? pageWindow(page, pagination.pageSize) : {}),
  });

  return {
    scope,
    total,
    page,
    pageCount,
    cohorts,
    rows: participants.map((p) => ({
      id: p.id,
      name: p.name,
      jobTitle: p.jobTitle,
      field: p.field,
      municipalityName: p.direction.municipality.name,
      cohortNumber: p.direction.cohort.number,
      cohortTitle: p.direction.cohort.title,
    })),
  };
}
