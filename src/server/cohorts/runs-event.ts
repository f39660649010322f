import "server-only";
import type { Tx } from "@/server/db";
import { runsTransition, type RunsTransition } from "@/domain/capacity";
import { recordAudit } from "@/server/audit/record-audit";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { queueEmails } from "@/server/email/queue-email";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import { myRegistrationUrl } from "@/server/directions/changes-url";
import { cohortRunningEmail } from "@/emails/cohort-running-email";
import type { CohortPlaces } from "@/server/cohorts/place-counts";
import type { Cohort } from "@/generated/prisma/client";

/** A cohort that has just reached its minimum of confirmed directions, as its consequences see it. */
export type RunsEvent = {
  cohort: Cohort;
  minDirections: number;
  /** Every confirmed direction at this moment, with when (if ever) it was told the cohort runs. */
  directions: { id: string; contactEmail: string; runningNoticeAt: Date | null }[];
  now: Date;
};

type RunsConsequence = (tx: Tx, event: RunsEvent) => Promise<void>;

/** Each confirmed direction's contact hears "holdet gennemføres" once, whichever path made it run and however often. */
const tellDirectionsItRuns: RunsConsequence = async (tx, { cohort, minDirections, directions, now }) => {
  const untold = directions.filter((d) => d.runningNoticeAt === null);
  if (untold.length === 0) return;
  const mail = cohortRunningEmail({ cohort, minDirections, url: myRegistrationUrl() });
  await queueEmails(tx, untold.map((d) => ({ to: d.contactEmail, kind: "cohort-running", directionId: d.id, cohortId: cohort.id, ...mail })));
  await tx.direction.updateMany({ where: { id: { in: untold.map((d) => d.id) } }, data: { runningNoticeAt: now } });
};

/**
 * Under the programme's default invoice timing (WHEN_RUNNING) the confirmed directions are
 * invoiced when the cohort runs; later ones are invoiced as they are confirmed. Invoices are
 * transmitted through the outbox after the commit. Runs at most once per cohort run (the runs-event fires once),
 * and issueInvoice only invoices what is due, so a direction already invoiced is left alone.
 */
const invoiceWhenRunning: RunsConsequence = async (tx, { cohort, directions, now }) => {
  const programme = await tx.programme.findUniqueOrThrow({ where: { id: cohort.programmeId }, select: { invoiceTiming: true } });
  if (programme.invoiceTiming !== "WHEN_RUNNING") return;
  for (const direction of directions) await issueInvoice(tx, { directionId: direction.id, actor: SYSTEM_ACTOR, now });
  // Each invoice's transmission row is in this transaction; the nudge waits until commits pause.
  kickTransmissions();
};

/**
 * What happens when a cohort starts running, in order, in the transaction that made it run.
 * This is the extension point for everything that waits for a cohort to run.
 */
const RUNS_CONSEQUENCES: RunsConsequence[] = [tellDirectionsItRuns, invoiceWhenRunning];

/**
 * The runs-event, the one way a cohort starts or stops running, for every path: decided on the
 * cohort's places as the caller's writes leave them (read under its lock). Starting sets
 * runningSince, audits `cohort.running` and runs RUNS_CONSEQUENCES. Falling below the minimum
 * again clears it, audits `cohort.below-minimum` and sets belowMinimumSince, which the staff
 * dashboard flags. `details` is the cohort row when the caller has it (saves a read).
 */
export async function applyRunsEvent(tx: Tx, { places, now, details }: { places: CohortPlaces; now: Date; details?: Cohort }): Promise<RunsTransition> {
  const transition = runsTransition(places);
  if (transition === "STARTS_RUNNING") await startRunning(tx, { places, now, details });
  if (transition === "STOPS_RUNNING") await stopRunning(tx, { places, now });
  return transition;
}

async function startRunning(tx: Tx, { places, now, details }: { places: CohortPlaces; now: Date; details?: Cohort }) {
  const cohort = await tx.cohort.update({ where: { id: places.id }, data: { runningSince: now, belowMinimumSince: null } });
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "cohort.running",
    entityType: "Cohort",
    entityId: places.id,
    before: { runningSince: null },
    after: { runningSince: now, confirmedDirections: places.confirmedDirections, minDirections: places.minDirections },
  });
  const directions = await tx.direction.findMany({
    where: { cohortId: places.id, status: "CONFIRMED" },
    select: { id: true, contactEmail: true, runningNoticeAt: true },
    orderBy: { createdAt: "asc" },
  });
  const event: RunsEvent = { cohort: { ...(details ?? cohort), runningSince: now, belowMinimumSince: null }, minDirections: places.minDirections, directions, now };
  for (const consequence of RUNS_CONSEQUENCES) await consequence(tx, event);
}

async function stopRunning(tx: Tx, { places, now }: { places: CohortPlaces; now: Date }) {
  await tx.cohort.update({ where: { id: places.id }, data: { runningSince: null, belowMinimumSince: now } });
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "cohort.below-minimum",
    entityType: "Cohort",
    entityId: places.id,
    before: { runningSince: places.runningSince },
    after: { runningSince: null, confirmedDirections: places.confirmedDirections, minDirections: places.minDirections },
  });
}
