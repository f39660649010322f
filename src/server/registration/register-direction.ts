import "server-only";
import { db, lockCohort, transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { decidePlacement, directionSlotsLeft, seatsLeft } from "@/domain/capacity";
import { amountsFor } from "@/domain/pricing";
import { cohortCalendarEvents } from "@/domain/cohort-calendar";
import { renderCalendar } from "@/domain/ics";
import type { RegistrationInput } from "@/lib/schemas/registration";
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from "@/server/audit/record-audit";
import { countCohortBookings, toCapacity } from "@/server/cohorts/cohort-capacity";
import { findMunicipality } from "@/server/municipalities/list-municipalities";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmails, type EmailAttachment, type QueuedEmail } from "@/server/email/queue-email";
import { issueInvoice } from "@/server/invoicing/issue-invoice";
import { participantSnapshot } from "@/server/registration/audit-snapshots";
import { myRegistrationUrl } from "@/server/registration/changes-url";
import { participantData } from "@/server/registration/participant-input";
import { transmitAfterCommit } from "@/server/registration/transmit-after-commit";
import { registrationConfirmationEmail } from "@/emails/registration-confirmation-email";
import { participantWelcomeEmail } from "@/emails/participant-welcome-email";
import { cohortRunningEmail } from "@/emails/cohort-running-email";
import type { Cohort, Direction, Invoice, Participant, Programme } from "@/generated/prisma/client";

export type RegistrationActor = { id: string; email: string; role: string };

export type CohortAlternative = { slug: string; title: string; seatsLeft: number; directionSlotsLeft: number };

export type RegisterDirectionResult =
  | { kind: "CONFIRMED"; directionId: string; waitlistPosition?: undefined }
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
 */
export async function registerDirection({
  actor,
  input,
  idempotencyKey,
  now = new Date(),
}: {
  actor: RegistrationActor;
  input: RegistrationInput;
  idempotencyKey: string;
  now?: Date;
}): Promise<RegisterDirectionResult> {
  if (!idempotencyKey || idempotencyKey.length > 100) throw new DomainError("VALIDATION");
  if (input.participants.length === 0) throw new DomainError("VALIDATION", { field: "participants" });
  const participants = input.participants.map(participantData);
  const auditActor: AuditActor = { id: actor.id, email: actor.email, role: actor.role };

  // Answered without the lock: a repeated submit, and a cohort already too full for this
  // direction. Only the offer is made here; taking a place always happens under the lock.
  const before = await existingRegistration(db, idempotencyKey, actor);
  if (before) return before;
  const unlocked = await assessPlacement(db, { input, participants: participants.length, now });
  if (unlocked.decision.kind === "WAITLIST" && !input.acceptWaitlist) return needsChoice(db, unlocked, participants.length, now);

  let outcome: { result: RegisterDirectionResult | null; invoice: Invoice | null };
  try {
    outcome = await transaction(async (tx) => {
      await lockCohort(tx, unlocked.cohort.id);
      const { cohort, capacity, decision } = await assessCapacity(tx, { input, participants: participants.length, now });
      // The cohort filled up while we waited. Say so at once, so the next in line gets the lock;
      // the choice (and a duplicate submit that got the place) is looked up after it is released.
      if (decision.kind === "WAITLIST" && !input.acceptWaitlist) return { result: null, invoice: null };
      // A concurrent duplicate submit may have committed while we waited for the lock.
      const raced = await existingRegistration(tx, idempotencyKey, actor);
      if (raced) return { result: raced, invoice: null };
      const municipality = await assessMunicipality(tx, { input, programmeId: cohort.programmeId });

      const status = decision.kind === "CONFIRM" ? "CONFIRMED" : "WAITLISTED";
      const waitlistPosition = status === "WAITLISTED" ? await nextWaitlistPosition(tx, cohort.id) : null;
      const direction = await tx.direction.create({
        data: {
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
          accountingString: input.accountingString,
          billingName: input.billingName,
          billingStreet: input.billingStreet,
          billingPostalCode: input.billingPostalCode,
          billingCity: input.billingCity,
          idempotencyKey,
          termsAcceptedAt: now,
          participants: { create: participants },
        },
        include: { participants: { orderBy: { createdAt: "asc" } } },
      });
      await recordAudit(tx, {
        actor: auditActor,
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
          participants: direction.participants.map(participantSnapshot),
        },
      });

      await queueEmails(tx, registrationMails({ cohort, direction, municipalityName: municipality.name, now }));
      if (status === "CONFIRMED") await markRunningIfReached(tx, { cohort, confirmedBefore: capacity.confirmedDirections, now });
      const invoice = status === "CONFIRMED" ? await issueInvoice(tx, { directionId: direction.id, actor: auditActor, now }) : null;

      const result: RegisterDirectionResult =
        status === "CONFIRMED" ? { kind: "CONFIRMED", directionId: direction.id } : { kind: "WAITLISTED", directionId: direction.id, waitlistPosition: waitlistPosition! };
      return { result, invoice };
    });
  } catch (error) {
    const translated = await uniqueViolation(error, idempotencyKey, actor);
    if (translated) return translated;
    throw error;
  }
  if (!outcome.result) {
    return (await existingRegistration(db, idempotencyKey, actor)) ?? needsChoice(db, await assessPlacement(db, { input, participants: participants.length, now }), participants.length, now);
  }
  transmitAfterCommit(outcome.invoice);
  kickOutbox();
  return outcome.result;
}

type Assessment = {
  cohort: Cohort & { programme: Programme };
  capacity: ReturnType<typeof toCapacity>;
  decision: ReturnType<typeof decidePlacement>;
  municipality: { code: string; name: string };
};

/**
 * Where a direction of this size would go now, and the refusals that need no choice: a
 * closed cohort, an unknown municipality, a municipality already registered. Run once
 * without the lock for a quick answer and again, in two halves, under it before anything is written.
 */
async function assessPlacement(tx: Pick<Tx, "cohort" | "direction" | "$queryRaw">, { input, participants, now }: { input: RegistrationInput; participants: number; now: Date }): Promise<Assessment> {
  const placement = await assessCapacity(tx, { input, participants, now });
  return { ...placement, municipality: await assessMunicipality(tx, { input, programmeId: placement.cohort.programmeId }) };
}

async function assessCapacity(tx: Pick<Tx, "cohort" | "$queryRaw">, { input, participants, now }: { input: RegistrationInput; participants: number; now: Date }): Promise<Omit<Assessment, "municipality">> {
  const cohort = await tx.cohort.findUnique({ where: { slug: input.cohortSlug }, include: { programme: true } });
  if (!cohort) throw new DomainError("NOT_FOUND", { field: "cohortSlug" });
  const capacity = toCapacity(cohort, (await countCohortBookings(tx, [cohort.id])).get(cohort.id));
  const decision = decidePlacement(capacity, participants, now);
  if (decision.kind === "REFUSE") throw new DomainError(decision.reason === "NOT_OPEN" ? "COHORT_NOT_OPEN" : "DEADLINE_PASSED", { field: "cohortSlug" });
  return { cohort, capacity, decision };
}

async function assessMunicipality(tx: Pick<Tx, "direction">, { input, programmeId }: { input: RegistrationInput; programmeId: string }): Promise<Assessment["municipality"]> {
  const municipality = await findMunicipality({ code: input.municipalityCode });
  if (!municipality) throw new DomainError("VALIDATION", { field: "municipalityCode" });
  const active = await tx.direction.findFirst({
    where: { programmeId, municipalityCode: municipality.code, status: { not: "CANCELLED" } },
    select: { id: true },
  });
  if (active) throw new DomainError("MUNICIPALITY_ALREADY_REGISTERED", { field: "municipalityCode" });
  return municipality;
}

async function nextWaitlistPosition(tx: Pick<Tx, "direction">, cohortId: string): Promise<number> {
  const max = await tx.direction.aggregate({ where: { cohortId, status: "WAITLISTED" }, _max: { waitlistPosition: true } });
  return (max._max.waitlistPosition ?? 0) + 1;
}

/** The director's choice when the cohort is full: the waiting list (with the place it would give) or a cohort with room. */
async function needsChoice(tx: Tx, { cohort, decision }: Assessment, participants: number, now: Date): Promise<RegisterDirectionResult> {
  if (decision.kind !== "WAITLIST") throw new Error("needsChoice called for a direction that fits");
  return {
    kind: "NEEDS_CHOICE",
    reason: decision.reason,
    cohortSlug: cohort.slug,
    cohortTitle: cohort.title,
    waitlistPosition: await nextWaitlistPosition(tx, cohort.id),
    alternatives: await cohortsWithRoom(tx, { programmeId: cohort.programmeId, exceptId: cohort.id, participants, now }),
  };
}

async function existingRegistration(tx: Pick<Tx, "direction">, idempotencyKey: string, actor: RegistrationActor): Promise<RegisterDirectionResult | null> {
  const existing = await tx.direction.findUnique({ where: { idempotencyKey }, select: { id: true, status: true, waitlistPosition: true, ownerUserId: true } });
  if (!existing) return null;
  if (existing.ownerUserId !== actor.id) throw new DomainError("FORBIDDEN");
  return resultOf(existing);
}

function resultOf(direction: Pick<Direction, "id" | "status" | "waitlistPosition">): RegisterDirectionResult {
  if (direction.status === "WAITLISTED") return { kind: "WAITLISTED", directionId: direction.id, waitlistPosition: direction.waitlistPosition ?? 0 };
  if (direction.status === "CANCELLED") throw new DomainError("DIRECTION_CANCELLED");
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
async function uniqueViolation(error: unknown, idempotencyKey: string, actor: RegistrationActor): Promise<RegisterDirectionResult | null> {
  if (error instanceof DomainError) return null;
  const text = errorText(error);
  const code = (error as { code?: string }).code;
  if (code !== "P2002" && !/unique constraint|duplicate key/i.test(text)) return null;
  if (/idempotencyKey/.test(text)) {
    const existing = await existingRegistration(db, idempotencyKey, actor);
    if (existing) return existing;
  }
  if (/one_active_per_municipality|municipalityCode/.test(text)) throw new DomainError("MUNICIPALITY_ALREADY_REGISTERED", { field: "municipalityCode" });
  return null;
}

/** Open cohorts (other than the full one) where a direction of this size would be confirmed now. */
async function cohortsWithRoom(tx: Tx, { programmeId, exceptId, participants, now }: { programmeId: string; exceptId: string; participants: number; now: Date }): Promise<CohortAlternative[]> {
  const cohorts = await tx.cohort.findMany({ where: { programmeId, status: "OPEN", id: { not: exceptId } }, orderBy: { number: "asc" } });
  const counts = await countCohortBookings(tx, cohorts.map((c) => c.id));
  return cohorts
    .map((cohort) => ({ cohort, capacity: toCapacity(cohort, counts.get(cohort.id)) }))
    .filter(({ capacity }) => decidePlacement(capacity, participants, now).kind === "CONFIRM")
    .map(({ cohort, capacity }) => ({ slug: cohort.slug, title: cohort.title, seatsLeft: seatsLeft(capacity), directionSlotsLeft: directionSlotsLeft(capacity) }));
}

function calendarAttachment(cohort: Cohort, now: Date): EmailAttachment[] {
  const events = cohortCalendarEvents(cohort);
  if (events.length === 0) return [];
  const ics = renderCalendar({ events, stamp: now });
  return [{ filename: `kommunestyret-2030-${cohort.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", contentBase64: Buffer.from(ics, "utf8").toString("base64") }];
}

function registrationMails({
  cohort,
  direction,
  municipalityName,
  now,
}: {
  cohort: Cohort & { programme: Programme };
  direction: Direction & { participants: Participant[] };
  municipalityName: string;
  now: Date;
}): QueuedEmail[] {
  const confirmed = direction.status === "CONFIRMED";
  const attachments = confirmed ? calendarAttachment(cohort, now) : [];
  const { programme } = cohort;
  const contactMail: QueuedEmail = {
    to: direction.contactEmail,
    kind: confirmed ? "registration-confirmed" : "registration-waitlisted",
    directionId: direction.id,
    cohortId: cohort.id,
    attachments,
    ...registrationConfirmationEmail({
      status: confirmed ? "CONFIRMED" : "WAITLISTED",
      waitlistPosition: direction.waitlistPosition,
      municipalityName,
      contactName: direction.contactName,
      cohort,
      participants: direction.participants,
      pricePerParticipantOre: programme.pricePerParticipantOre,
      vatRateBasisPoints: programme.vatRateBasisPoints,
      amounts: amountsFor({ quantity: direction.participants.length, unitPriceOre: programme.pricePerParticipantOre, vatRateBasisPoints: programme.vatRateBasisPoints }),
      cancellationTerms: programme.cancellationTerms,
      url: myRegistrationUrl(),
      hasCalendar: attachments.length > 0,
    }),
  };
  // Participants hear from us once their seat is certain; a waiting direction's contact tells them.
  if (!confirmed) return [contactMail];
  return [
    contactMail,
    ...direction.participants.map((participant) => ({
      to: participant.email,
      kind: "participant-welcome",
      directionId: direction.id,
      cohortId: cohort.id,
      attachments,
      ...participantWelcomeEmail({
        participantName: participant.name,
        municipalityName,
        contactName: direction.contactName,
        contactEmail: direction.contactEmail,
        overnightStay: participant.overnightStay,
        cohort,
        hasCalendar: attachments.length > 0,
      }),
    })),
  ];
}

/** The first time a cohort reaches its minimum it "gennemføres": record it and tell every confirmed direction. */
async function markRunningIfReached(tx: Tx, { cohort, confirmedBefore, now }: { cohort: Cohort; confirmedBefore: number; now: Date }) {
  if (cohort.runningSince !== null || confirmedBefore + 1 < cohort.minDirections) return;
  await tx.cohort.update({ where: { id: cohort.id }, data: { runningSince: now } });
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: "cohort.running",
    entityType: "Cohort",
    entityId: cohort.id,
    before: { runningSince: null },
    after: { runningSince: now },
  });
  const confirmed = await tx.direction.findMany({ where: { cohortId: cohort.id, status: "CONFIRMED" }, select: { id: true, contactEmail: true } });
  const mail = cohortRunningEmail({ cohort, minDirections: cohort.minDirections, url: myRegistrationUrl() });
  await queueEmails(
    tx,
    confirmed.map((direction) => ({ to: direction.contactEmail, kind: "cohort-running", directionId: direction.id, cohortId: cohort.id, ...mail })),
  );
}
