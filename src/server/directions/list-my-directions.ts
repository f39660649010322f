import "server-only";
import { readRows } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { isRunning } from "@/domain/capacity";
import type { CurrentUser } from "@/server/auth/session";
import { placesSql, type CohortPlaces } from "@/server/cohorts/place-counts";
import { canManageDirection } from "@/server/directions/direction-access";
import { DATE_COLUMNS as DATES, reviveDates as revive } from "@/server/json-rows";
import { Prisma, type AuditLog, type Cohort, type Direction, type Invoice, type Municipality, type Participant, type Programme, type WaitlistOffer } from "@/generated/prisma/client";

export type MyDirection = Direction & {
  cohort: Cohort & { programme: Programme };
  municipality: Municipality;
  participants: Participant[];
  invoices: Invoice[];
  waitlistOffers: WaitlistOffer[];
  capacity: CohortPlaces;
  running: boolean;
  /** The rank on the waiting list, not the raw position, so the number is right even if positions have gaps. */
  waitlistRank: number | null;
  history: AuditLog[];
};

type Row = {
  direction: Record<string, unknown>;
  cohort: Record<string, unknown>;
  programme: Record<string, unknown>;
  municipality: Municipality;
  participants: Record<string, unknown>[];
  invoices: Record<string, unknown>[];
  waitlistOffers: Record<string, unknown>[];
  history: Record<string, unknown>[];
  places: Record<string, unknown>;
  waitlistRank: number | null;
  cohortTitles: Record<string, string>;
};

/**
 * The directions a director manages: those they registered and those naming them as contact
 * person (see direction-access.ts), newest first, with everything the "Min tilmelding" page shows
 * and the cohort titles its history sentences name.
 *
 * One statement: each Prisma ORM query costs 1–2.5 ms of CPU here (its query compiler runs in
 * WebAssembly with no plan cache), and this page used to make five of them per request.
 */
export async function readMyRegistration({ user }: { user: CurrentUser }): Promise<{ directions: MyDirection[]; cohortTitles: Record<string, string> }> {
  const rows = await readDirections(Prisma.sql`d."ownerUserId" = ${user.id} OR lower(d."contactEmail") = lower(${user.email})`);
  const actor = user;
  return {
    directions: rows.map(toMyDirection).filter((d) => canManageDirection(actor, d)),
    cohortTitles: rows[0]?.cohortTitles ?? {},
  };
}

export async function listMyDirections({ user }: { user: CurrentUser }): Promise<MyDirection[]> {
  return (await readMyRegistration({ user })).directions;
}

/** One direction the user may manage, for the change pages; anything else is "not found". */
export async function getManagedDirection({ user, directionId }: { user: CurrentUser; directionId: string }): Promise<MyDirection> {
  const [row] = await readDirections(Prisma.sql`d.id = ${directionId}`);
  const direction = row ? toMyDirection(row) : null;
  if (!direction || !canManageDirection(user, direction)) throw new DomainError("NOT_FOUND");
  return direction;
}

function readDirections(where: Prisma.Sql): Promise<Row[]> {
  // Rows as JSON (dates come back as text and are revived below); the places are the one
  // definition in place-counts.ts, read for the cohorts of these directions only.
  return readRows<Row>(Prisma.sql`
    WITH mine AS (SELECT d.* FROM "Direction" d WHERE ${where}),
    places AS (${placesSql(Prisma.sql`SELECT "cohortId" FROM mine`)})
    SELECT to_jsonb(d) AS direction, to_jsonb(c) AS cohort, to_jsonb(pr) AS programme, to_jsonb(m) AS municipality,
           to_jsonb(pl) AS places,
           COALESCE((SELECT jsonb_agg(to_jsonb(p) ORDER BY p."createdAt") FROM "Participant" p WHERE p."directionId" = d.id AND p.status = 'ACTIVE'), '[]') AS participants,
           COALESCE((SELECT jsonb_agg(to_jsonb(i) ORDER BY i."createdAt") FROM "Invoice" i WHERE i."directionId" = d.id), '[]') AS invoices,
           COALESCE((SELECT jsonb_agg(to_jsonb(o) ORDER BY o."createdAt" DESC) FROM "WaitlistOffer" o WHERE o."directionId" = d.id AND o.status = 'OPEN'), '[]') AS "waitlistOffers",
           COALESCE((SELECT jsonb_agg(to_jsonb(a) ORDER BY a.at DESC) FROM "AuditLog" a WHERE a."directionId" = d.id), '[]') AS history,
           CASE WHEN d.status = 'WAITLISTED' AND d."waitlistPosition" IS NOT NULL THEN
             (SELECT count(*)::int FROM "Direction" w WHERE w."cohortId" = d."cohortId" AND w.status = 'WAITLISTED' AND w."waitlistPosition" <= d."waitlistPosition")
           END AS "waitlistRank",
           (SELECT jsonb_object_agg(t.id, t.title) || jsonb_object_agg(t.slug, t.title) FROM "Cohort" t) AS "cohortTitles"
    FROM mine d
    JOIN "Cohort" c ON c.id = d."cohortId"
    JOIN "Programme" pr ON pr.id = c."programmeId"
    JOIN "Municipality" m ON m.code = d."municipalityCode"
    JOIN places pl ON pl.id = d."cohortId"
    ORDER BY d."createdAt" DESC`);
}

function toMyDirection(row: Row): MyDirection {
  const capacity = revive<CohortPlaces>(row.places, DATES.places);
  return {
    ...revive<Direction>(row.direction, DATES.direction),
    cohort: { ...revive<Cohort>(row.cohort, DATES.cohort), programme: revive<Programme>(row.programme, DATES.programme) },
    municipality: row.municipality,
    participants: row.participants.map((p) => revive<Participant>(p, DATES.participant)),
    invoices: row.invoices.map((i) => revive<Invoice>(i, DATES.invoice)),
    waitlistOffers: row.waitlistOffers.map((o) => revive<WaitlistOffer>(o, DATES.waitlistOffer)),
    capacity,
    running: isRunning(capacity),
    waitlistRank: row.waitlistRank,
    history: row.history.map((h) => revive<AuditLog>(h, DATES.auditLog)),
  };
}
