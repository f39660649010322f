import "server-only";
import { db, lockCohort, readerOf, readRows, transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { decidePlacement, directionSlotsLeft, seatsLeft, type PlacementDecision } from "@/domain/capacity";
import type { RegistrationInput } from "@/lib/schemas/registration";
import { auditRow } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { findMunicipality } from "@/server/municipalities/list-municipalities";
import { kickOutbox } from "@/server/email/outbox-worker";
import { outboxRow } from "@/server/email/queue-email";
import { newId } from "@/server/ids";
import { insertRows } from "@/server/insert-rows";
import { issueInvoiceFor } from "@/server/invoices/issue-invoice";
import { invoiceTimingSentence, invoicesNow } from "@/domain/invoice-timing";
import { participantSnapshot } from "@/server/directions/audit-snapshots";
import { participantData } from "@/server/participants/participant-input";
import { publicDataMemo } from "@/server/public-data-memo";
import { awaitCohortTurn } from "@/server/cohorts/cohort-turn";
import { registrationMails } from "@/server/directions/registration-mails";
import { readPlacement, type Placement, type PlacementCohort, type PlacementKeys } from "@/server/cohorts/registration-places";
import { settleAfterRegistration } from "@/server/cohorts/placement";
import { registrationNeedsApproval } from "@/server/municipalities/municipality-domains";
import { pendingApprovalMails } from "@/server/directions/approval-mails";
import { kickTransmissions } from "@/server/invoices/transmission-worker";
import type { Cohort, Direction, Invoice, Programme } from "@/generated/prisma/client";

// The cohort's and programme's details (for the mails and the invoice) are public data: a crowd
// of sign-ups shares one read of them. What decides a place is always read again under the lock.
const cohortDetails = publicDataMemo((id: string) => db.cohort.findUniqueOrThrow({ where: { id }, include: { programme: true } }));

export type CohortAlternative = { slug: string; title: string; seatsLeft: number; directionSlotsLeft: number };

export type RegisterDirectionResult =
  | { kind: "CONFIRMED"; directionId: string; waitlistPosition?: undefined }
  /** Taken, holding its places, until staff approve it: the sign-in address is not on the municipality's domains. */
  | { kind: "PENDING_APPROVAL"; directionId: string; waitlistPosition?: undefined }
  | { kind: "WAITLISTED"; directionId: string; waitlistPosition: number }
  | {
      kind: "NEEDS_CHOICE";
      reason: "DIRECTIONS_FULL" | "PARTICIPANTS_FULL";
      cohortSlug: string;
      cohortTitle: string;
      /** The place the direction would get on the waiting list if it accepted now. */
      waitlistPosition: number;
      alternatives: CohortAlternative[];
    };

/**
 * Registers a municipality's direction on a cohort in one transaction under the cohort lock:
 * confirmed if it fits, otherwise — only when the director has said yes to it — on the
 * waiting list (first come, first served). A full cohort never waitlists silently: the
 * director is asked first (NEEDS_CHOICE) and shown the cohorts that still have room.
 * The same idempotency key always yields the same single direction.
 *
 * Municipal identity: a director whose sign-in address is not on the municipality's e-mail
 * domains gets PENDING_APPROVAL where others would be confirmed: the places are held (a hold
 * of kind APPROVAL), nothing is invoiced, and staff approve or refuse it. On the waiting list
 * such a direction waits as anyone's would, and becomes pending when it is given a place.
 */
export async function registerDirection({
  actor,
  input,
  idempotencyKey,
  now = new Date(),
}: {
  actor: Actor;
  input: RegistrationInput;
  idempotencyKey: string;
  now?: Date;
}): Promise<RegisterDirectionResult> {
  if (!idempotencyKey || idempotencyKey.length > 100) throw new DomainError("VALIDATION");
  if (input.participants.length === 0) throw new DomainError("VALIDATION", { field: "participants" });
  const participants = input.participants.map(participantData);
  const keys: PlacementKeys = { cohortSlug: input.cohortSlug, idempotencyKey, municipalityCode: input.municipalityCode };
  const found = await findMunicipality({ code: input.municipalityCode });
  // Domains change rarely and only by staff: read once, before the queue and the lock, and only
  // by an attempt that queues (most attempts in a rush are answered without it).
  let pending: boolean | undefined;
  // Taking a place is worth queueing for when the direction would be confirmed now, or has
  // said yes to the waiting list. Anyone else is offered the choice.
  const wantsTurn = (cohort: PlacementCohort) => decidePlacement(cohort, participants.length, now).kind === "CONFIRM" || input.acceptWaitlist;

  // Answered without the lock: a repeated submit, a refusal, and a cohort already too full for
  // this direction, both at first and when the cohort fills up while this one queues. Only the
  // offer is made here; taking a place always happens under the lock.
  let placement = await readPlacement(readRows, keys);
  for (;;) {
    const earlier = existingResult(placement, actor);
    if (earlier) return earlier;
    const { cohort: capacity, decision, municipality } = assess(placement, { participants: participants.length, municipality: found, now });
    if (decision.kind === "WAITLIST" && !input.acceptWaitlist) return needsChoice(placement, capacity, decision, participants.length, now);
    const details = await cohortDetails(capacity.id);
    const needsApproval = (pending ??= await registrationNeedsApproval(readRows, { person: actor, municipalityCode: municipality.code }));

    const turn = await awaitCohortTurn(capacity.id, wantsTurn);
    if (!turn) {
      // The cohort filled up while this one queued: answer from a fresh read, or queue again
      // if a place has come free meanwhile.
      placement = await readPlacement(readRows, keys);
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = await transaction((tx) => placeDirection(tx, { details, keys, actor, input, participants, municipality, idempotencyKey, pending: needsApproval, now }));
    } catch (error) {
      turn.release();
      const translated = await uniqueViolation(error, keys, actor);
      if (translated) return translated;
      throw error;
    }
    turn.release(outcome.cohortAfter);
    if (outcome.queuedMail) kickOutbox();
    kickTransmissions();
    return outcome.result;
  }
}

type Outcome = {
  result: RegisterDirectionResult;
  /** The cohort's capacity as this transaction leaves it. */
  cohortAfter?: PlacementCohort;
  invoice?: Invoice | null;
  queuedMail?: boolean;
};

/**
 * The write itself, under the cohort lock: re-read and re-check everything, then create the
 * direction, its participants, audit entries, mails and (when confirmed) the invoice. Kept to
 * as few statements as it can be, because every other sign-up for the cohort waits for it.
 */
async function placeDirection(
  tx: Tx,
  {
    details,
    keys,
    actor,
    input,
    participants,
    municipality,
    idempotencyKey,
    pending,
    now,
  }: {
    details: Cohort & { programme: Programme };
    keys: PlacementKeys;
    actor: Actor;
    input: RegistrationInput;
    participants: ReturnType<typeof participantData>[];
    municipality: { code: string; name: string };
    idempotencyKey: string;
    pending: boolean;
    now: Date;
  },
): Promise<Outcome> {
  await lockCohort(tx, details.id);
  const locked = await readPlacement(readerOf(tx), keys);
  // The price and terms a direction is invoiced and told of are those in force under the lock.
  // The rest of the details (title, dates, venue) may be the copy read before queueing.
  const cohort = { ...details, programme: { ...details.programme, ...locked.terms } };
  // A concurrent duplicate submit may have committed while we waited for the lock.
  const raced = existingResult(locked, actor);
  if (raced) return { result: raced, cohortAfter: locked.cohort ?? undefined };
  const { cohort: capacity, decision } = assess(locked, { participants: participants.length, municipality, now });
  if (decision.kind === "WAITLIST" && !input.acceptWaitlist) return { result: needsChoice(locked, capacity, decision, participants.length, now), cohortAfter: capacity };

  const status = decision.kind === "WAITLIST" ? "WAITLISTED" : pending ? "PENDING_APPROVAL" : "CONFIRMED";
  const waitlistPosition = status === "WAITLISTED" ? capacity.lastWaitlistPosition + 1 : null;
  // The direction, its participants, the audit entry and the mails are written in ONE statement
  // (src/server/insert-rows.ts): every statement under the lock costs a turn of the busy event
  // loop, and every other sign-up for the cohort waits for it. The rows carry their own ids.
  const createdAt = new Date();
  const direction: Direction = {
    id: newId(),
    programmeId: cohort.programmeId,
    cohortId: cohort.id,
    municipalityCode: municipality.code,
    status,
    waitlistPosition,
    contactName: input.contactName,
    contactTitle: input.contactTitle,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    ownerUserId: actor.id,
    ean: input.ean,
    cvr: input.cvr,
    orderNumber: input.orderNumber,
    personReference: input.personReference,
    accountingString: input.accountingString ?? null,
    billingName: input.billingName,
    billingStreet: input.billingStreet,
    billingPostalCode: input.billingPostalCode,
    billingCity: input.billingCity,
    idempotencyKey,
    termsAcceptedAt: now,
    cancelledAt: null,
    runningNoticeAt: null,
    calendarSequence: 0,
    createdAt,
    updatedAt: createdAt,
  };
  const added = participants.map((participant) => ({ ...participant, status: "ACTIVE" as const }));
  const audit = auditRow({
    actor,
    action: "direction.register",
    entityType: "Direction",
    entityId: direction.id,
    directionId: direction.id,
    after: {
      cohort: cohort.slug,
      municipalityCode: municipality.code,
      status,
      waitlistPosition,
      contactEmail: direction.contactEmail,
      participants: added.map(participantSnapshot),
    },
  });
  // Told as the cohort will be once this registration is in: running if it reaches the minimum now.
  const runsAfter = capacity.runningSince ?? (status === "CONFIRMED" && capacity.confirmedDirections + 1 >= capacity.minDirections ? now : null);
  const whenInvoiced = invoiceTimingSentence({ timing: cohort.programme.invoiceTiming, cohort: { runningSince: runsAfter, seminarStart: capacity.seminarStart }, daysBefore: cohort.programme.invoiceDaysBefore });
  const mails =
    status === "PENDING_APPROVAL"
      ? pendingApprovalMails({ cohort, direction, participants: added, municipalityName: municipality.name, signInEmail: actor.email })
      : registrationMails({ cohort, direction, participants: added, municipalityName: municipality.name, invoiceTiming: whenInvoiced, now });
  await insertRows(tx, [
    { table: "Direction", rows: [direction] },
    { table: "Participant", rows: added.map((participant) => ({ ...participant, id: newId(), networkToken: newId(), directionId: direction.id, createdAt, updatedAt: createdAt })) },
    { table: "AuditLog", rows: [{ ...audit, id: newId() }] },
    { table: "EmailOutbox", rows: mails.map((mail) => ({ ...outboxRow(mail), id: newId() })) },
  ]);
  if (status === "PENDING_APPROVAL") {
    // The places are held, not booked: the cohort does not run on it, but the minimum's reserve
    // counts it as coming, so seats kept back for it may now go to the waiting list.
    const held = { ...capacity, heldDirections: capacity.heldDirections + 1, heldSeats: capacity.heldSeats + participants.length };
    const { after: cohortAfter } = await settleAfterRegistration(tx, { before: capacity, after: held, details: cohort, now });
    return { result: { kind: "PENDING_APPROVAL", directionId: direction.id }, cohortAfter, queuedMail: true };
  }
  if (status === "WAITLISTED") {
    return { result: { kind: "WAITLISTED", directionId: direction.id, waitlistPosition: waitlistPosition! }, cohortAfter: { ...capacity, lastWaitlistPosition: waitlistPosition! }, queuedMail: true };
  }
  // Decided on the cohort as read under the lock, never on the copy read before it.
  const booked = { ...capacity, confirmedDirections: capacity.confirmedDirections + 1, activeParticipants: capacity.activeParticipants + participants.length };
  const { after: cohortAfter } = await settleAfterRegistration(tx, { before: capacity, after: booked, details: cohort, now });
  // Invoiced now only if the programme's invoicing time has come for the cohort as it was before
  // this registration: a cohort this registration makes run is invoiced by its runs-event, this
  // direction included (RUNS_CONSEQUENCES). The direction was created in this transaction, so
  // no one else can invoice it meanwhile.
  const { invoiceTiming, invoiceDaysBefore } = cohort.programme;
  const invoice = invoicesNow({ timing: invoiceTiming, cohort: capacity, daysBefore: invoiceDaysBefore, now })
    ? await issueInvoiceFor(tx, { direction: { ...direction, programme: cohort.programme, cohort, participants: added, invoices: [] }, actor, now })
    : null;
  return { result: { kind: "CONFIRMED", directionId: direction.id }, cohortAfter, invoice, queuedMail: true };
}

/**
 * The refusals that need no choice (no such cohort, a closed cohort, an unknown or already
 * registered municipality) and where a direction of this size would go now.
 */
function assess<M>(
  placement: Placement,
  { participants, municipality, now }: { participants: number; municipality: M | null | undefined; now: Date },
): { cohort: PlacementCohort; decision: Exclude<PlacementDecision, { kind: "REFUSE" }>; municipality: M } {
  const { cohort } = placement;
  if (!cohort) throw new DomainError("NOT_FOUND", { field: "cohortSlug" });
  const decision = decidePlacement(cohort, participants, now);
  if (decision.kind === "REFUSE") throw refusal(decision, cohort);
  if (!municipality) throw new DomainError("VALIDATION", { field: "municipalityCode" });
  if (placement.municipalityTaken) throw new DomainError("MUNICIPALITY_ALREADY_REGISTERED", { field: "municipalityCode" });
  return { cohort, decision, municipality };
}

/** A registration the rules refuse outright, with the field and numbers the form shows. */
function refusal(decision: Extract<PlacementDecision, { kind: "REFUSE" }>, cohort: PlacementCohort): DomainError {
  switch (decision.reason) {
    case "NOT_OPEN":
      return new DomainError("COHORT_NOT_OPEN", { field: "cohortSlug" });
    case "DEADLINE_PASSED":
    case "SEMINAR_STARTED":
      return new DomainError(decision.reason, { field: "cohortSlug" });
    case "PARTICIPANT_LIMIT":
      return new DomainError("PARTICIPANT_LIMIT", { field: "participants", max: decision.max });
    case "MINIMUM_RESERVE":
      return new DomainError("MINIMUM_RESERVE", { field: "participants", allowed: decision.allowed, minDirections: cohort.minDirections });
  }
}

/** The director's choice when the cohort is full: the waiting list (with the place it would give) or a cohort with room. */
function needsChoice(
  placement: Placement,
  cohort: PlacementCohort,
  decision: Extract<PlacementDecision, { kind: "WAITLIST" }>,
  participants: number,
  now: Date,
): RegisterDirectionResult {
  return {
    kind: "NEEDS_CHOICE",
    reason: decision.reason,
    cohortSlug: cohort.slug,
    cohortTitle: cohort.title,
    waitlistPosition: cohort.lastWaitlistPosition + 1,
    alternatives: placement.otherCohorts
      .filter((other) => decidePlacement(other, participants, now).kind === "CONFIRM")
      .map((other) => ({ slug: other.slug, title: other.title, seatsLeft: seatsLeft(other), directionSlotsLeft: directionSlotsLeft(other) })),
  };
}

function existingResult({ existing }: Placement, actor: Actor): RegisterDirectionResult | null {
  if (!existing) return null;
  if (existing.ownerUserId !== actor.id) throw new DomainError("FORBIDDEN");
  return resultOf(existing);
}

function resultOf(direction: Pick<Direction, "id" | "status" | "waitlistPosition">): RegisterDirectionResult {
  if (direction.status === "WAITLISTED") return { kind: "WAITLISTED", directionId: direction.id, waitlistPosition: direction.waitlistPosition ?? 0 };
  if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
  if (direction.status === "PENDING_APPROVAL") return { kind: "PENDING_APPROVAL", directionId: direction.id };
  return { kind: "CONFIRMED", directionId: direction.id };
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  let meta = "";
  try {
    meta = JSON.stringify((error as { meta?: unknown }).meta ?? "");
  } catch {
    // Circular driver metadata: the message is enough.
  }
  return `${error.message} ${meta}`;
}

/**
 * The database backstops behind the checks above: a duplicate submit that raced past the
 * idempotency check returns the direction the other request made, and a municipality
 * registered concurrently on another cohort (whose lock we do not hold) is refused.
 */
async function uniqueViolation(error: unknown, keys: PlacementKeys, actor: Actor): Promise<RegisterDirectionResult | null> {
  if (error instanceof DomainError) return null;
  const text = errorText(error);
  const code = (error as { code?: string }).code;
  if (code !== "P2002" && !/unique constraint|duplicate key/i.test(text)) return null;
  if (/idempotencyKey/.test(text)) {
    const existing = existingResult(await readPlacement(readRows, keys), actor);
    if (existing) return existing;
  }
  if (/one_active_per_municipality|municipalityCode/.test(text)) throw new DomainError("MUNICIPALITY_ALREADY_REGISTERED", { field: "municipalityCode" });
  return null;
}
