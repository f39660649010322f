// Cohort places, rule by path (issue 12): every rule of the placement owner is tried on each
// path that could break it: registration, self-service, staff and the waiting list.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../src/server/db";
import { DomainError } from "../../src/domain/errors";
import type { Actor } from "../../src/server/auth/actor";
import type { CurrentUser } from "../../src/server/auth/session";
import { registerDirection, type RegisterDirectionResult } from "../../src/server/directions/register-direction";
import type { RegistrationInput } from "../../src/lib/schemas/registration";
import { addParticipant } from "../../src/server/participants/add-participant";
import { removeParticipant } from "../../src/server/participants/remove-participant";
import { substituteParticipant } from "../../src/server/participants/substitute-participant";
import { updateParticipant } from "../../src/server/participants/update-participant";
import { cancelDirection } from "../../src/server/directions/cancel-direction";
import { acceptWaitlistOffer } from "../../src/server/waitlist/accept-waitlist-offer";
import { declineWaitlistOffer } from "../../src/server/waitlist/decline-waitlist-offer";
import { expireWaitlistOffers } from "../../src/server/waitlist/expire-waitlist-offers";
import { promoteFromWaitlist } from "../../src/server/waitlist/promote-from-waitlist";
import { moveDirection } from "../../src/server/directions/move-direction";
import { cancelCohort } from "../../src/server/cohorts/cancel-cohort";
import { updateCohort } from "../../src/server/cohorts/update-cohort";
import { createCohort as createCohortUseCase } from "../../src/server/cohorts/create-cohort";
import { offerFreedPlaces } from "../../src/server/waitlist/offer-freed-places";
import { updateProgrammeSettings } from "../../src/server/programme/update-programme-settings";
import { getDashboard } from "../../src/server/dashboard/get-dashboard";
import { approvePendingDirection } from "../../src/server/directions/approve-pending-direction";
import { refusePendingDirection } from "../../src/server/directions/refuse-pending-direction";
import { cohortSchema } from "../../src/lib/schemas/cohort";
import { programmeSettingsSchema } from "../../src/lib/schemas/programme-settings";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme, municipalEmail, municipalityCode, participantInput, registrationInput } from "../support/factories";

beforeEach(resetDatabase);

// The factory's seminar starts 9 March 2027 12:00 Copenhagen time.
const NOW = new Date("2027-01-05T10:00:00Z");
const SEMINAR_BEGUN = new Date("2027-03-09T12:00:00Z");

type Programme = Awaited<ReturnType<typeof createProgramme>>;
type Cohort = Awaited<ReturnType<typeof createCohort>>;
type Direction = Awaited<ReturnType<typeof createDirection>>;

let municipalityIndex = 0;
beforeEach(() => {
  municipalityIndex = 0;
});
const nextMunicipality = () => municipalityCode(municipalityIndex++);

/** A cohort with confirmed directions of `sizes` participants (and the given caps). */
async function cohortWith(sizes: number[], overrides: Parameters<typeof createCohort>[1] = {}, programme?: Programme) {
  programme ??= await createProgramme();
  // Cohort numbers are unique per programme: the next free one unless the test says otherwise.
  const number = (await db.cohort.count({ where: { programmeId: programme.id } })) + 1;
  const cohort = await createCohort(programme.id, { number, maxParticipants: 30, ...overrides });
  const directions: Direction[] = [];
  for (const size of sizes) directions.push(await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: nextMunicipality(), participants: size }));
  return { programme, cohort, directions };
}

async function waiting(programme: Programme, cohort: Cohort, size: number, position: number) {
  return createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: nextMunicipality(), participants: size, status: "WAITLISTED", waitlistPosition: position });
}

async function staffUser(): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email: `staff-${randomUUID()}@komponent.dk`, role: "STAFF" } });
  return { id: user.id, email: user.email, name: null, role: "STAFF", partnerCode: null };
}
const STAFF: Actor = { id: null, email: "staff@komponent.dk", role: "STAFF" };

/** The direction's director, signed in with an address on its municipality's domain. */
async function directorOf(directionId: string): Promise<Actor> {
  const { municipalityCode: code } = await db.direction.findUniqueOrThrow({ where: { id: directionId }, select: { municipalityCode: true } });
  const user = await db.user.create({ data: { email: await municipalEmail(code, `owner-${randomUUID()}`), role: "DIRECTOR" } });
  await db.direction.update({ where: { id: directionId }, data: { ownerUserId: user.id } });
  return { id: user.id, email: user.email, role: "DIRECTOR" };
}

/** A director of `code` (Vejle by default), signed in with an address on its domain: their registration is the municipality's own. */
async function director(code = "0630") {
  const user = await db.user.create({ data: { email: await municipalEmail(code, `direktor-${randomUUID()}`), role: "DIRECTOR" } });
  return { id: user.id, email: user.email, role: user.role };
}

/** Free places offered to the waiting list the way staff do it; returns the open offer of `directionId`. */
async function offerTo(cohortId: string, directionId: string) {
  await offerFreedPlaces({ actor: await staffUser(), cohortId, now: NOW });
  return db.waitlistOffer.findFirstOrThrow({ where: { directionId, status: "OPEN" } });
}

const openOfferOf = (directionId: string) => db.waitlistOffer.findFirst({ where: { directionId, status: "OPEN" } });

function registration(cohortSlug: string, participants: number, municipality = "0630"): RegistrationInput {
  return registrationInput({ cohortSlug, participants, municipalityCode: municipality, contactEmail: `kontakt-${municipality}@example.dk` });
}

async function register(cohortSlug: string, participants: number, { municipality = "0630", now = NOW }: { municipality?: string; now?: Date } = {}) {
  return registerDirection({ actor: await director(municipality), input: registration(cohortSlug, participants, municipality), idempotencyKey: randomUUID(), now });
}

const person = participantInput;

/** The outcome of a use case as a short string: "OK" or the DomainError's code. */
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal, but the change went through");
}

/** What the rows say, against the caps: never more than the cohort takes. */
async function places(cohortId: string) {
  const { rows } = await testPool().query<{ directions: number; participants: number; maxDirections: number; maxParticipants: number }>(
    `SELECT count(DISTINCT d.id) FILTER (WHERE d.status = 'CONFIRMED')::int AS directions,
            count(p.id) FILTER (WHERE d.status = 'CONFIRMED' AND p.status = 'ACTIVE')::int AS participants,
            c."maxDirections" AS "maxDirections", c."maxParticipants" AS "maxParticipants"
     FROM "Cohort" c LEFT JOIN "Direction" d ON d."cohortId" = c.id LEFT JOIN "Participant" p ON p."directionId" = d.id
     WHERE c.id = $1 GROUP BY c.id`,
    [cohortId],
  );
  const row = rows[0]!;
  expect(row.directions).toBeLessThanOrEqual(row.maxDirections);
  expect(row.participants).toBeLessThanOrEqual(row.maxParticipants);
  return row;
}

async function setParticipantLimit(programmeId: string, limit: number) {
  await testPool().query(`UPDATE "Programme" SET "maxParticipantsPerDirection" = $2 WHERE id = $1`, [programmeId, limit]);
}

const cohortInput = (cohort: Cohort, overrides: Record<string, string> = {}) =>
  cohortSchema.parse({
    number: String(cohort.number),
    title: cohort.title,
    slug: cohort.slug,
    seminarDate: "2027-03-09",
    followUpDate: "2027-05-19",
    datesAnnounced: "on",
    minDirections: String(cohort.minDirections),
    maxDirections: String(cohort.maxDirections),
    maxParticipants: String(cohort.maxParticipants),
    ...overrides,
  });

/** 28 of 30 seats taken by five confirmed directions; a waiting direction of 2 holds the last two seats. */
async function heldCohort() {
  const setup = await cohortWith([6, 6, 6, 6, 4]);
  const holder = await waiting(setup.programme, setup.cohort, 2, 1);
  const offer = await offerTo(setup.cohort.id, holder.id);
  return { ...setup, holder, offer };
}

describe("held seats: an open offer's seats and direction slot count as taken against everyone", () => {
  it("registration: a new direction sees the held seats as full, and the holder can still accept", async () => {
    const { cohort, holder, offer } = await heldCohort();
    const result = await register(cohort.slug, 2);
    expect(result).toMatchObject({ kind: "NEEDS_CHOICE", reason: "PARTICIPANTS_FULL" });
    const accepted = await acceptWaitlistOffer({ actor: await directorOf(holder.id), token: offer.token, now: NOW });
    expect(accepted.direction.status).toBe("CONFIRMED");
    expect(await places(cohort.id)).toMatchObject({ directions: 6, participants: 30 });
  });

  it("registration: a held direction slot counts as taken", async () => {
    const { programme, cohort } = await cohortWith([3, 3, 3, 3, 3, 3, 3, 3, 3], { maxParticipants: 40 });
    const holder = await waiting(programme, cohort, 2, 1);
    await offerTo(cohort.id, holder.id);
    expect(await register(cohort.slug, 1)).toMatchObject({ kind: "NEEDS_CHOICE", reason: "DIRECTIONS_FULL" });
    expect(await places(cohort.id)).toMatchObject({ directions: 9 });
  });

  it("director adds a participant: refused while the free seats are held", async () => {
    const { cohort, directions, holder, offer } = await heldCohort();
    const actor = await directorOf(directions[0]!.id);
    expect(await code(addParticipant({ actor, directionId: directions[0]!.id, input: person("Ekstra"), now: NOW }))).toBe("COHORT_FULL_PARTICIPANTS");
    expect((await acceptWaitlistOffer({ actor: await directorOf(holder.id), token: offer.token, now: NOW })).direction.status).toBe("CONFIRMED");
    await places(cohort.id);
  });

  it("staff add a participant: refused while the free seats are held", async () => {
    const { cohort, directions, holder, offer } = await heldCohort();
    expect(await code(addParticipant({ actor: STAFF, directionId: directions[1]!.id, input: person("Af Staff"), now: NOW }))).toBe("COHORT_FULL_PARTICIPANTS");
    expect((await acceptWaitlistOffer({ actor: await directorOf(holder.id), token: offer.token, now: NOW })).direction.status).toBe("CONFIRMED");
    await places(cohort.id);
  });

  it("staff move a direction in: refused while the free seats are held", async () => {
    const { programme, cohort } = await heldCohort();
    const { directions } = await cohortWith([2], {}, programme);
    const error = await refusal(moveDirection({ actor: await staffUser(), directionId: directions[0]!.id, targetCohortId: cohort.id, now: NOW }));
    expect(error.code).toBe("COHORT_FULL_PARTICIPANTS");
    expect(error.details.field).toBe("targetCohortId");
    expect(await places(cohort.id)).toMatchObject({ directions: 5, participants: 28 });
  });

  it("staff promote another waiting direction: refused while the first in line holds the seats", async () => {
    const { programme, cohort, holder } = await heldCohort();
    const second = await waiting(programme, cohort, 2, 2);
    expect(await openOfferOf(second.id)).toBeNull();
    expect(await code(promoteFromWaitlist({ actor: STAFF, directionId: second.id, now: NOW }))).toBe("COHORT_FULL_PARTICIPANTS");
    // The holder's own hold counts for it.
    expect((await promoteFromWaitlist({ actor: STAFF, directionId: holder.id, now: NOW })).direction.status).toBe("CONFIRMED");
    expect(await openOfferOf(holder.id)).toBeNull();
    expect(await places(cohort.id)).toMatchObject({ directions: 6, participants: 30 });
  });

  it("a waiting direction holding an offer cannot grow past it before accepting", async () => {
    const { holder } = await heldCohort();
    const owner = await directorOf(holder.id);
    expect(await code(addParticipant({ actor: owner, directionId: holder.id, input: person("Ny Kollega"), now: NOW }))).toBe("OFFER_PENDING");
    expect(await code(addParticipant({ actor: STAFF, directionId: holder.id, input: person("Via Staff"), now: NOW }))).toBe("OFFER_PENDING");
    expect(await db.participant.count({ where: { directionId: holder.id, status: "ACTIVE" } })).toBe(2);
  });

  it("accept: a direction may not bring more participants than were offered, even with seats free", async () => {
    // 30 of 36 seats taken: the holder of 2 is offered 2, and 4 more stay free.
    const { programme, cohort } = await cohortWith([6, 6, 6, 6, 6], { maxParticipants: 36 });
    const holder = await waiting(programme, cohort, 2, 1);
    const offer = await offerTo(cohort.id, holder.id);
    // Grown behind the application's back (the add is refused while the offer is open).
    await db.participant.create({ data: { directionId: holder.id, name: "Tredje", jobTitle: "Direktør", field: "MUNICIPAL_DIRECTOR", email: "tredje@example.dk" } });
    const owner = await directorOf(holder.id);
    expect(await code(acceptWaitlistOffer({ actor: owner, token: offer.token, now: NOW }))).toBe("OFFER_TOO_MANY_PARTICIPANTS");
    expect((await db.direction.findUniqueOrThrow({ where: { id: holder.id } })).status).toBe("WAITLISTED");
  });

  it("accept, then grow: growth after acceptance goes through the normal check", async () => {
    const { programme, cohort } = await cohortWith([6, 6, 6, 6, 6], { maxParticipants: 36 });
    const holder = await waiting(programme, cohort, 2, 1);
    const offer = await offerTo(cohort.id, holder.id);
    const owner = await directorOf(holder.id);
    await acceptWaitlistOffer({ actor: owner, token: offer.token, now: NOW });
    expect(await code(addParticipant({ actor: owner, directionId: holder.id, input: person("Efter Accept"), now: NOW }))).toBe("OK");
    expect(await places(cohort.id)).toMatchObject({ participants: 33 });
  });
});

describe("first in line first", () => {
  it("a seat freed by a removal goes to the waiting direction that fits, not to a new registration", async () => {
    const { programme, cohort, directions } = await cohortWith([6, 6, 6, 6, 6]);
    const first = await waiting(programme, cohort, 1, 1);
    await removeParticipant({ actor: STAFF, participantId: directions[0]!.participants[0]!.id, now: NOW });
    expect(await openOfferOf(first.id)).not.toBeNull();
    expect(await register(cohort.slug, 1)).toMatchObject({ kind: "NEEDS_CHOICE", reason: "PARTICIPANTS_FULL" });
    expect(await places(cohort.id)).toMatchObject({ participants: 29 });
  });
});

describe("participants per direction (programme setting, default 8)", () => {
  it("a new programme allows 8 participants per direction", async () => {
    const programme = await createProgramme();
    const row = await db.programme.findUniqueOrThrow({ where: { id: programme.id } });
    expect((row as { maxParticipantsPerDirection?: number }).maxParticipantsPerDirection).toBe(8);
  });

  it("registration: a direction of 9 is refused with a Danish message at the participants", async () => {
    const { cohort } = await cohortWith([], { maxParticipants: 36 });
    const error = await refusal(register(cohort.slug, 9));
    expect(error.code).toBe("PARTICIPANT_LIMIT");
    expect(error.details.field).toBe("participants");
    expect(error.danishMessage).toContain("8 deltagere");
    expect(await db.direction.count()).toBe(0);
  });

  it("director and staff add a participant: refused at the limit", async () => {
    const { directions } = await cohortWith([8], { maxParticipants: 40 });
    const actor = await directorOf(directions[0]!.id);
    expect(await code(addParticipant({ actor, directionId: directions[0]!.id, input: person("Niende"), now: NOW }))).toBe("PARTICIPANT_LIMIT");
    expect(await code(addParticipant({ actor: STAFF, directionId: directions[0]!.id, input: person("Niende Staff"), now: NOW }))).toBe("PARTICIPANT_LIMIT");
  });

  it("staff change the limit on the settings page; the form refuses nonsense", async () => {
    const { programme, cohort } = await cohortWith([], { maxParticipants: 36 });
    const form = {
      sellerName: programme.sellerName,
      sellerStreet: programme.sellerStreet,
      sellerPostalCode: programme.sellerPostalCode,
      sellerCity: programme.sellerCity,
      sellerCvr: programme.sellerCvr,
      sellerEmail: programme.sellerEmail,
      sellerPhone: programme.sellerPhone,
      sellerBankReg: programme.sellerBankReg,
      sellerBankAccount: programme.sellerBankAccount,
      paymentTermsDays: "30",
      freeCancellationDays: "42",
      cancellationTerms: programme.cancellationTerms,
      privacyRetentionDays: "30",
      reminderDaysBefore: "7",
      invoiceTiming: programme.invoiceTiming,
      invoiceDaysBefore: String(programme.invoiceDaysBefore),
    };
    const bad = programmeSettingsSchema.safeParse({ ...form, maxParticipantsPerDirection: "41" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toContain("maxParticipantsPerDirection");
    await updateProgrammeSettings({ actor: await staffUser(), input: programmeSettingsSchema.parse({ ...form, maxParticipantsPerDirection: "10" }) });
    expect((await register(cohort.slug, 9)).kind).toBe("CONFIRMED");
    expect(await db.auditLog.count({ where: { action: "programme.settings" } })).toBe(1);
  });
});

describe("the minimum stays reachable: missing directions keep room for 3 participants each", () => {
  it("registration: cannot take seats the missing directions need, and is told how many fit", async () => {
    // Three directions of 8 on 30 seats: two more directions must still fit with 3 each.
    const { cohort } = await cohortWith([8, 8, 8]);
    const error = await refusal(register(cohort.slug, 4));
    expect(error.code).toBe("MINIMUM_RESERVE");
    expect(error.details).toMatchObject({ field: "participants", allowed: 3 });
    expect(error.danishMessage).toMatch(/højst 3 deltagere/);
    expect((await register(cohort.slug, 3, { municipality: "0615" })).kind).toBe("CONFIRMED");
  });

  it("registration: the issue's example, two directions of 20 on a cohort of 40, is refused", async () => {
    const { programme, cohort } = await cohortWith([20], { maxParticipants: 40 });
    await setParticipantLimit(programme.id, 20);
    const error = await refusal(register(cohort.slug, 20));
    expect(error).toMatchObject({ code: "MINIMUM_RESERVE", details: { allowed: 11 } });
  });

  it("director and staff add a participant: refused when the seats are needed for the missing directions", async () => {
    const { programme, directions } = await cohortWith([10, 10, 4]);
    await setParticipantLimit(programme.id, 20);
    const actor = await directorOf(directions[2]!.id);
    expect(await code(addParticipant({ actor, directionId: directions[2]!.id, input: person("For Mange"), now: NOW }))).toBe("MINIMUM_RESERVE");
    expect(await code(addParticipant({ actor: STAFF, directionId: directions[2]!.id, input: person("Staff For Mange"), now: NOW }))).toBe("MINIMUM_RESERVE");
  });

  it("staff move a direction in: refused when it would take the missing directions' seats", async () => {
    const { programme, cohort } = await cohortWith([8, 8, 8]);
    const { directions } = await cohortWith([4], {}, programme);
    const error = await refusal(moveDirection({ actor: await staffUser(), directionId: directions[0]!.id, targetCohortId: cohort.id, now: NOW }));
    expect(error).toMatchObject({ code: "MINIMUM_RESERVE", details: { field: "targetCohortId" } });
  });

  it("staff promote a waiting direction: refused when it would take the missing directions' seats", async () => {
    const { programme, cohort } = await cohortWith([8, 8, 8]);
    const big = await waiting(programme, cohort, 4, 1);
    expect(await code(promoteFromWaitlist({ actor: STAFF, directionId: big.id, now: NOW }))).toBe("MINIMUM_RESERVE");
  });

  it("waiting-list offers: skip a direction that would take the missing directions' seats", async () => {
    const { programme, cohort } = await cohortWith([8, 8, 8]);
    const big = await waiting(programme, cohort, 4, 1);
    const fits = await waiting(programme, cohort, 3, 2);
    await offerFreedPlaces({ actor: await staffUser(), cohortId: cohort.id, now: NOW });
    expect(await openOfferOf(big.id)).toBeNull();
    expect(await openOfferOf(fits.id)).not.toBeNull();
  });

  it("staff lower the participant cap: refused when the minimum could no longer be reached", async () => {
    const { cohort } = await cohortWith([8, 8, 9], { maxParticipants: 36 });
    const staff = await staffUser();
    const error = await refusal(updateCohort({ actor: staff, cohortId: cohort.id, input: cohortInput(cohort, { maxParticipants: "30" }) }));
    expect(error).toMatchObject({ code: "MINIMUM_UNREACHABLE", details: { field: "maxParticipants" } });
    await updateCohort({ actor: staff, cohortId: cohort.id, input: cohortInput(cohort, { maxParticipants: "31" }) });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).maxParticipants).toBe(31);
  });

  it("staff raise the minimum: refused when the missing directions would no longer fit", async () => {
    const { cohort } = await cohortWith([8, 8, 8]);
    const error = await refusal(updateCohort({ actor: await staffUser(), cohortId: cohort.id, input: cohortInput(cohort, { minDirections: "6" }) }));
    expect(error).toMatchObject({ code: "MINIMUM_UNREACHABLE", details: { field: "minDirections" } });
  });
});

describe("maxDirections is 5–10 and never below minDirections", () => {
  it("the cohort form refuses 4 and 11 next to the field", () => {
    for (const value of ["4", "11"]) {
      const parsed = cohortSchema.safeParse({ number: "1", title: "Hold 1", slug: "hold-1", minDirections: "3", maxDirections: value, maxParticipants: "36" });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path.join("."))).toContain("maxDirections");
    }
  });

  it("the update and create use cases refuse it even without the form", async () => {
    const { cohort } = await cohortWith([]);
    const staff = await staffUser();
    const input = { ...cohortInput(cohort), minDirections: 3, maxDirections: 4 };
    expect(await refusal(updateCohort({ actor: staff, cohortId: cohort.id, input }))).toMatchObject({ code: "MAX_DIRECTIONS_RANGE", details: { field: "maxDirections" } });
    expect(await refusal(createCohortUseCase({ actor: staff, input: { ...input, number: 2, slug: "hold-ny" } }))).toMatchObject({ code: "MAX_DIRECTIONS_RANGE" });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).maxDirections).toBe(10);
  });

  it("the database refuses it too", async () => {
    const { cohort } = await cohortWith([]);
    await expect(testPool().query(`UPDATE "Cohort" SET "minDirections" = 3, "maxDirections" = 4 WHERE id = $1`, [cohort.id])).rejects.toThrow(/Cohort_directions_check/);
    await expect(testPool().query(`UPDATE "Cohort" SET "minDirections" = 7, "maxDirections" = 6 WHERE id = $1`, [cohort.id])).rejects.toThrow(/Cohort_directions_check/);
  });
});

describe("every path that frees seats or a slot offers them on in the same transaction", () => {
  it("participant removed", async () => {
    const { programme, cohort, directions } = await cohortWith([6, 6, 6, 6, 6]);
    const next = await waiting(programme, cohort, 1, 1);
    await removeParticipant({ actor: await directorOf(directions[0]!.id), participantId: directions[0]!.participants[0]!.id, now: NOW });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("confirmed direction cancelled", async () => {
    const { programme, cohort, directions } = await cohortWith([6, 6, 6, 6, 6]);
    const next = await waiting(programme, cohort, 6, 1);
    await cancelDirection({ actor: await directorOf(directions[0]!.id), directionId: directions[0]!.id, now: NOW });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("waiting direction holding an offer cancelled", async () => {
    const { programme, cohort, holder } = await heldCohort();
    const next = await waiting(programme, cohort, 2, 2);
    await cancelDirection({ actor: await directorOf(holder.id), directionId: holder.id, now: NOW });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("waiting direction holding an offer shrinks", async () => {
    const { programme, cohort, holder } = await heldCohort();
    const next = await waiting(programme, cohort, 1, 2);
    await removeParticipant({ actor: await directorOf(holder.id), participantId: holder.participants[0]!.id, now: NOW });
    expect(await openOfferOf(next.id)).not.toBeNull();
    expect(await register(cohort.slug, 1)).toMatchObject({ kind: "NEEDS_CHOICE" });
  });

  it("confirmed direction moved out", async () => {
    const { programme, cohort, directions } = await cohortWith([6, 6, 6, 6, 6]);
    const next = await waiting(programme, cohort, 6, 1);
    const { cohort: target } = await cohortWith([], { maxParticipants: 36 }, programme);
    await moveDirection({ actor: await staffUser(), directionId: directions[0]!.id, targetCohortId: target.id, now: NOW });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("waiting direction holding an offer moved out", async () => {
    const { programme, cohort, holder } = await heldCohort();
    const next = await waiting(programme, cohort, 2, 2);
    const { cohort: target } = await cohortWith([], { maxParticipants: 36 }, programme);
    await moveDirection({ actor: await staffUser(), directionId: holder.id, targetCohortId: target.id, now: NOW });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("offer declined", async () => {
    const { programme, cohort, holder, offer } = await heldCohort();
    const next = await waiting(programme, cohort, 2, 2);
    await declineWaitlistOffer({ actor: await directorOf(holder.id), token: offer.token, now: NOW });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("offer expired", async () => {
    const { programme, cohort } = await heldCohort();
    const next = await waiting(programme, cohort, 2, 2);
    await expireWaitlistOffers({ now: new Date(NOW.getTime() + 73 * 3600_000) });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("cap raised", async () => {
    const { programme, cohort } = await cohortWith([6, 6, 6, 6, 6]);
    const next = await waiting(programme, cohort, 2, 1);
    await updateCohort({ actor: await staffUser(), cohortId: cohort.id, input: cohortInput(cohort, { maxParticipants: "32" }) });
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("a registration of fewer than 3 participants, which frees part of the minimum's reserve", async () => {
    // 20 of 30 seats, two directions missing: a new direction may bring 7, so the waiting 8 does not fit.
    const { programme, cohort } = await cohortWith([8, 8, 4]);
    const next = await waiting(programme, cohort, 8, 1);
    expect((await register(cohort.slug, 1)).kind).toBe("CONFIRMED");
    // 21 seats, one direction missing: 9 free and nothing more held back, so the 8 fit now.
    expect(await openOfferOf(next.id)).not.toBeNull();
  });

  it("the staff nudge never offers held seats twice", async () => {
    const { programme, cohort } = await heldCohort();
    const next = await waiting(programme, cohort, 1, 2);
    await offerFreedPlaces({ actor: await staffUser(), cohortId: cohort.id, now: NOW });
    expect(await openOfferOf(next.id)).toBeNull();
  });
});

describe("time: seat counts close at the deadline or the seminar, details at the seminar; staff are not bound", () => {
  it("without a registration deadline, a director cannot add or remove participants once the seminar has begun", async () => {
    const { directions } = await cohortWith([3], { registrationDeadline: null });
    const actor = await directorOf(directions[0]!.id);
    expect(await code(addParticipant({ actor, directionId: directions[0]!.id, input: person("For Sent"), now: SEMINAR_BEGUN }))).toBe("CHANGE_WINDOW_CLOSED");
    expect(await code(removeParticipant({ actor, participantId: directions[0]!.participants[0]!.id, now: SEMINAR_BEGUN }))).toBe("CHANGE_WINDOW_CLOSED");
    expect(await code(addParticipant({ actor, directionId: directions[0]!.id, input: person("I Tide"), now: NOW }))).toBe("OK");
  });

  it("after the registration deadline, a director cannot change the count, but can substitute and correct until the seminar", async () => {
    const { directions } = await cohortWith([3], { registrationDeadline: new Date("2027-01-01T00:00:00Z") });
    const actor = await directorOf(directions[0]!.id);
    const [first, second] = directions[0]!.participants;
    expect(await code(addParticipant({ actor, directionId: directions[0]!.id, input: person("Efter Frist"), now: NOW }))).toBe("CHANGE_WINDOW_CLOSED");
    expect(await code(substituteParticipant({ actor, participantId: first!.id, input: person("Afløser"), now: NOW }))).toBe("OK");
    expect(await code(updateParticipant({ actor, participantId: second!.id, input: person("Rettet"), now: NOW }))).toBe("OK");
    expect(await code(updateParticipant({ actor, participantId: second!.id, input: person("For Sent Rettet"), now: SEMINAR_BEGUN }))).toBe("CHANGE_WINDOW_CLOSED");
  });

  it("staff are not bound: they add, remove and substitute after the seminar has begun", async () => {
    const { directions } = await cohortWith([3], { registrationDeadline: null });
    expect(await code(addParticipant({ actor: STAFF, directionId: directions[0]!.id, input: person("Staff Efter Start"), now: SEMINAR_BEGUN }))).toBe("OK");
    expect(await code(removeParticipant({ actor: STAFF, participantId: directions[0]!.participants[0]!.id, now: SEMINAR_BEGUN }))).toBe("OK");
    expect(await code(substituteParticipant({ actor: STAFF, participantId: directions[0]!.participants[1]!.id, input: person("Staff Afløser"), now: SEMINAR_BEGUN }))).toBe("OK");
  });

  it("registration on an open cohort ends at the seminar's start, with or without a deadline", async () => {
    const { cohort } = await cohortWith([], { registrationDeadline: null });
    expect(await refusal(register(cohort.slug, 2, { now: SEMINAR_BEGUN }))).toMatchObject({ code: "SEMINAR_STARTED" });
    const { cohort: late } = await cohortWith([], { registrationDeadline: new Date("2099-01-01T00:00:00Z") });
    expect(await refusal(register(late.slug, 2, { municipality: "0615", now: SEMINAR_BEGUN }))).toMatchObject({ code: "SEMINAR_STARTED" });
    expect(await db.direction.count()).toBe(0);
    expect(await db.invoice.count()).toBe(0);
  });
});

describe("the runs-event: once, by any path", () => {
  async function expectRunning(cohortId: string, mails: number) {
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).runningSince).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "cohort.running", entityId: cohortId } })).toBe(1);
    const sent = await db.emailOutbox.findMany({ where: { kind: "cohort-running", cohortId } });
    expect(sent).toHaveLength(mails);
    expect(new Set(sent.map((m) => m.directionId)).size).toBe(mails);
  }

  it("waiting-list acceptance", async () => {
    const { programme, cohort } = await cohortWith([6, 6, 6, 6]);
    const holder = await waiting(programme, cohort, 4, 1);
    const offer = await offerTo(cohort.id, holder.id);
    await acceptWaitlistOffer({ actor: await directorOf(holder.id), token: offer.token, now: NOW });
    await expectRunning(cohort.id, 5);
  });

  it("staff promotion", async () => {
    const { programme, cohort } = await cohortWith([6, 6, 6, 6]);
    const next = await waiting(programme, cohort, 4, 1);
    await promoteFromWaitlist({ actor: STAFF, directionId: next.id, now: NOW });
    await expectRunning(cohort.id, 5);
  });

  it("staff move", async () => {
    const { programme, cohort } = await cohortWith([6, 6, 6, 6]);
    const { directions } = await cohortWith([4], {}, programme);
    await moveDirection({ actor: await staffUser(), directionId: directions[0]!.id, targetCohortId: cohort.id, now: NOW });
    await expectRunning(cohort.id, 5);
  });

  it("staff lower the minimum", async () => {
    const { cohort } = await cohortWith([6, 6, 6, 6]);
    await updateCohort({ actor: await staffUser(), cohortId: cohort.id, input: cohortInput(cohort, { minDirections: "4" }) });
    await expectRunning(cohort.id, 4);
  });

  it("falls below the minimum on a cancellation (audited, flagged for staff) and runs again without telling anyone twice", async () => {
    const { cohort, directions } = await cohortWith([6, 6, 6, 6], { maxParticipants: 36 });
    await register(cohort.slug, 3, { municipality: "0630" });
    expect(await db.emailOutbox.count({ where: { kind: "cohort-running", cohortId: cohort.id } })).toBe(5);

    await cancelDirection({ actor: STAFF, directionId: directions[0]!.id, now: NOW });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).toBeNull();
    expect(await db.auditLog.count({ where: { action: "cohort.below-minimum", entityId: cohort.id } })).toBe(1);
    const flagged = await getDashboard({ now: NOW });
    expect((flagged as unknown as { belowMinimum: { cohort: { id: string } }[] }).belowMinimum.map((c) => c.cohort.id)).toEqual([cohort.id]);

    await register(cohort.slug, 3, { municipality: "0615" });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "cohort.running", entityId: cohort.id } })).toBe(2);
    const sent = await db.emailOutbox.findMany({ where: { kind: "cohort-running", cohortId: cohort.id } });
    expect(sent).toHaveLength(6);
    expect(new Set(sent.map((m) => m.directionId)).size).toBe(6);
    expect((await getDashboard({ now: NOW }) as unknown as { belowMinimum: unknown[] }).belowMinimum).toEqual([]);
  });

  it("falls below the minimum when staff move a direction out", async () => {
    const { programme, cohort, directions } = await cohortWith([6, 6, 6, 6], { maxParticipants: 36 });
    await register(cohort.slug, 3);
    const { cohort: target } = await cohortWith([], { maxParticipants: 36 }, programme);
    await moveDirection({ actor: await staffUser(), directionId: directions[0]!.id, targetCohortId: target.id, now: NOW });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).toBeNull();
    expect(await db.auditLog.count({ where: { action: "cohort.below-minimum", entityId: cohort.id } })).toBe(1);
  });
});

describe("staff move", () => {
  it("refuses a target cohort whose dates are not announced", async () => {
    const { programme, directions } = await cohortWith([3]);
    const draft = await createCohort(programme.id, { number: 2, status: "DRAFT", datesAnnounced: false, seminarStart: null, seminarEnd: null, followUpStart: null, followUpEnd: null });
    const error = await refusal(moveDirection({ actor: await staffUser(), directionId: directions[0]!.id, targetCohortId: draft.id, now: NOW }));
    expect(error).toMatchObject({ code: "DATES_NOT_ANNOUNCED", details: { field: "targetCohortId" } });
    expect((await db.direction.findUniqueOrThrow({ where: { id: directions[0]!.id } })).cohortId).not.toBe(draft.id);
  });

  it("tells the contact and every participant the new dates, with calendar files that update the old entries", async () => {
    const programme = await createProgramme();
    const from = await createCohort(programme.id, { number: 1, slug: "hold-fra", maxParticipants: 36 });
    const to = await createCohort(programme.id, {
      number: 2,
      slug: "hold-til",
      maxParticipants: 36,
      seminarStart: new Date("2027-09-14T10:00:00Z"),
      seminarEnd: new Date("2027-09-15T10:00:00Z"),
      followUpStart: new Date("2027-11-23T08:30:00Z"),
      followUpEnd: new Date("2027-11-23T14:30:00Z"),
    });
    const result = await register(from.slug, 3);
    if (result.kind !== "CONFIRMED") return expect.fail("the registration should be confirmed");
    const registered = await db.emailOutbox.findMany({ where: { directionId: result.directionId, kind: { in: ["registration-confirmed", "participant-welcome"] } } });
    expect(registered).toHaveLength(4);

    await moveDirection({ actor: await staffUser(), directionId: result.directionId, targetCohortId: to.id, now: NOW });

    const moved = await db.emailOutbox.findMany({ where: { directionId: result.directionId, kind: { startsWith: "direction-moved" } } });
    expect(moved.map((m) => m.to).sort()).toEqual(registered.map((m) => m.to).sort());
    for (const mail of moved) {
      const before = icsOf(registered.find((m) => m.to === mail.to)!);
      const after = icsOf(mail);
      expect(after.uids).toEqual(before.uids);
      expect(after.uids).toHaveLength(2);
      expect(Math.min(...after.sequences)).toBeGreaterThan(Math.max(...before.sequences));
      expect(after.text).toContain("DTSTART:20270914T100000Z");
      expect(after.text).toContain("DTSTART:20271123T083000Z");
      expect(mail.text).toContain(to.title);
    }
  });

  it("credits an invoice naming the old cohort and issues one naming the new, with one mail explaining both", async () => {
    const programme = await createProgramme();
    const from = await createCohort(programme.id, { number: 1, slug: "hold-fra", maxParticipants: 36 });
    const to = await createCohort(programme.id, { number: 2, slug: "hold-til", maxParticipants: 36 });
    const result = await register(from.slug, 2);
    if (result.kind !== "CONFIRMED") return expect.fail("the registration should be confirmed");
    const original = await db.invoice.findFirstOrThrow({ where: { directionId: result.directionId, kind: "INVOICE" } });
    expect(original.note).toContain(from.title);

    await moveDirection({ actor: await staffUser(), directionId: result.directionId, targetCohortId: to.id, now: NOW });

    const invoices = await db.invoice.findMany({ where: { directionId: result.directionId }, include: { lines: true }, orderBy: { createdAt: "asc" } });
    expect(invoices.find((i) => i.id === original.id)!.status).toBe("CREDITED");
    const creditNote = invoices.find((i) => i.kind === "CREDIT_NOTE")!;
    expect(creditNote.creditedInvoiceId).toBe(original.id);
    const replacement = invoices.find((i) => i.kind === "INVOICE" && i.id !== original.id)!;
    expect(replacement.note).toContain(to.title);
    expect(replacement.lines[0]!.description).toContain(to.title);
    expect(replacement.netOre).toBe(original.netOre);
    const contact = (await db.direction.findUniqueOrThrow({ where: { id: result.directionId } })).contactEmail;
    const explained = await db.emailOutbox.findMany({ where: { directionId: result.directionId, to: contact, kind: "direction-moved" } });
    expect(explained).toHaveLength(1);
    expect(explained[0]!.text).toContain(creditNote.displayNumber);
    expect(explained[0]!.text).toContain(replacement.displayNumber);
  });
});

describe("cohort cancel", () => {
  it("cancels the participants along with their directions", async () => {
    const { programme, cohort } = await cohortWith([3, 2]);
    await waiting(programme, cohort, 2, 1);
    await cancelCohort({ actor: await staffUser(), cohortId: cohort.id, now: NOW });
    expect(await db.participant.count({ where: { direction: { cohortId: cohort.id }, status: "ACTIVE" } })).toBe(0);
    expect(await db.participant.count({ where: { direction: { cohortId: cohort.id }, status: "CANCELLED" } })).toBe(7);
  });
});

// Municipal identity (issue 13): a registration from an address outside the municipality's
// domains is held as "afventer godkendelse": a hold of kind APPROVAL through the placement owner.
describe("held seats: a registration pending approval holds its places until staff decide", () => {
  /** Someone signed in with a private address, registering Aarhus: the hole the issue describes. */
  async function outsider() {
    const user = await db.user.create({ data: { email: `x-${randomUUID()}@gmail.com`, role: "DIRECTOR" } });
    return { id: user.id, email: user.email, role: user.role };
  }
  async function registerAsOutsider(cohortSlug: string, participants: number, municipality = "0751") {
    const result = await registerDirection({ actor: await outsider(), input: registration(cohortSlug, participants, municipality), idempotencyKey: randomUUID(), now: NOW });
    if (result.kind !== "PENDING_APPROVAL") throw new Error(`expected a pending registration, got ${result.kind}`);
    return result;
  }
  const heldOf = async (cohortId: string) =>
    (await testPool().query<{ kind: string; seats: number }>(`SELECT kind, seats FROM k2030_held_places WHERE "cohortId" = $1`, [cohortId])).rows;

  it("registration: x@gmail.com registering Aarhus is pending, not invoiced, and holds its seats", async () => {
    const { cohort } = await cohortWith([6, 6, 6, 6]);
    const result = await registerAsOutsider(cohort.slug, 4);
    expect(result.kind).toBe("PENDING_APPROVAL");
    const direction = await db.direction.findUniqueOrThrow({ where: { id: result.directionId } });
    expect(direction).toMatchObject({ status: "PENDING_APPROVAL", municipalityCode: "0751", waitlistPosition: null });
    expect(await db.invoice.count()).toBe(0);
    expect(await heldOf(cohort.id)).toEqual([{ kind: "APPROVAL", seats: 4 }]);
    // Held, not booked: the cohort does not run on it (4 confirmed + 1 pending of a minimum of 5).
    expect(await places(cohort.id)).toMatchObject({ directions: 4, participants: 24 });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).toBeNull();
    // No confirmation or calendar mails, nothing to the participants: only "what happens next".
    const mails = await db.emailOutbox.findMany({ where: { directionId: direction.id } });
    expect(mails.map((m) => m.kind)).toEqual(["registration-pending-approval", "registration-pending-approval"]);
    expect(mails.every((m) => (m.attachments as unknown[]).length === 0)).toBe(true);
  });

  it("registration: another direction cannot take the held seats, and the municipality cannot register twice", async () => {
    const { cohort } = await cohortWith([6, 6, 6, 6], { maxParticipants: 30 });
    expect((await registerAsOutsider(cohort.slug, 6)).kind).toBe("PENDING_APPROVAL");
    // 24 booked + 6 held = 30: full for everyone else.
    expect(await register(cohort.slug, 2)).toMatchObject({ kind: "NEEDS_CHOICE", reason: "PARTICIPANTS_FULL" });
    // The real Aarhus is refused while the other registration is pending (staff refuse it first).
    const realAarhus = await db.user.create({ data: { email: `direktor-${randomUUID()}@aarhus.dk`, role: "DIRECTOR" } });
    const refused = await refusal(registerDirection({ actor: realAarhus, input: registration(cohort.slug, 1, "0751"), idempotencyKey: randomUUID(), now: NOW }));
    expect(refused.code).toBe("MUNICIPALITY_ALREADY_REGISTERED");
    expect(await places(cohort.id)).toMatchObject({ directions: 4, participants: 24 });
  });

  it("the database backstop counts the hold too", async () => {
    const { cohort, directions } = await cohortWith([6, 6, 6, 6]);
    const result = await registerAsOutsider(cohort.slug, 6);
    // 24 booked + 6 held = 30 of 30: one more participant written past the use cases is refused.
    await expect(
      testPool().query(`INSERT INTO "Participant" (id, "directionId", name, "jobTitle", field, email, "networkToken", "updatedAt") VALUES ('extra', $1, 'Ekstra', 'Direktør', 'MUNICIPAL_DIRECTOR', 'e@x.dk', 'extra', now())`, [directions[0]!.id]),
    ).rejects.toThrow(/held seats/);
    expect((await db.direction.findUniqueOrThrow({ where: { id: result.directionId } })).status).toBe("PENDING_APPROVAL");
  });

  it("while pending, the director cannot add participants and staff cannot move it", async () => {
    const { programme, cohort } = await cohortWith([6, 6]);
    const result = await registerAsOutsider(cohort.slug, 2);
    const owner = await db.direction.findUniqueOrThrow({ where: { id: result.directionId }, include: { owner: true } });
    const actor: Actor = { id: owner.owner!.id, email: owner.owner!.email, role: "DIRECTOR" };
    expect(await code(addParticipant({ actor, directionId: owner.id, input: person("Ny Person"), now: NOW }))).toBe("PENDING_APPROVAL");
    const { cohort: other } = await cohortWith([], {}, programme);
    expect(await code(moveDirection({ actor: await staffUser(), directionId: owner.id, targetCohortId: other.id, now: NOW }))).toBe("PENDING_APPROVAL");
  });

  it("approve: confirmed and invoiced through the normal path; the 5th direction makes the cohort run, once", async () => {
    const { cohort } = await cohortWith([6, 6, 6, 6]);
    const result = await registerAsOutsider(cohort.slug, 3);
    const approved = await approvePendingDirection({ actor: await staffUser(), directionId: result.directionId, now: NOW });
    expect(approved.direction.status).toBe("CONFIRMED");
    expect(approved.invoice).not.toBeNull();
    expect(await db.invoice.count({ where: { directionId: result.directionId } })).toBe(1);
    expect(await heldOf(cohort.id)).toEqual([]);
    expect(await places(cohort.id)).toMatchObject({ directions: 5, participants: 27 });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).not.toBeNull();
    expect(await db.emailOutbox.count({ where: { kind: "cohort-running", cohortId: cohort.id } })).toBe(5);
    const kinds = (await db.emailOutbox.findMany({ where: { directionId: result.directionId }, select: { kind: true } })).map((m) => m.kind);
    expect(kinds).toEqual(expect.arrayContaining(["registration-approved", "registration-confirmed", "participant-welcome", "cohort-running"]));
    expect(await db.auditLog.count({ where: { action: "direction.approve", entityId: result.directionId } })).toBe(1);
    // One step: a second approval is refused, nothing changes.
    expect(await code(approvePendingDirection({ actor: await staffUser(), directionId: result.directionId, now: NOW }))).toBe("NOT_PENDING_APPROVAL");
    expect(await db.invoice.count({ where: { directionId: result.directionId } })).toBe(1);
  });

  it("refuse: the seats are freed and offered to the first waiting direction that fits", async () => {
    const { programme, cohort } = await cohortWith([6, 6, 6, 6], { maxParticipants: 30 });
    const result = await registerAsOutsider(cohort.slug, 6);
    const next = await waiting(programme, cohort, 5, 1);
    expect(await openOfferOf(next.id)).toBeNull();
    await refusePendingDirection({ actor: await staffUser(), directionId: result.directionId, reason: "Ikke fra kommunen", now: NOW });
    const refused = await db.direction.findUniqueOrThrow({ where: { id: result.directionId }, include: { participants: true } });
    expect(refused.status).toBe("CANCELLED");
    expect(refused.participants.every((p) => p.status === "CANCELLED")).toBe(true);
    expect(await db.invoice.count()).toBe(0);
    expect(await openOfferOf(next.id)).toMatchObject({ seats: 5 });
    expect(await db.emailOutbox.count({ where: { directionId: result.directionId, kind: "registration-refused" } })).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.count({ where: { action: "direction.refuse", entityId: result.directionId } })).toBe(1);
    // The municipality may now register (from its own domain) in the one seat left.
    expect((await register(cohort.slug, 1, { municipality: "0751" })).kind).toBe("CONFIRMED");
  });

  it("waiting-list acceptance by an outsider: the offer's seats become an approval hold, nothing is invoiced", async () => {
    const { programme, cohort } = await cohortWith([6, 6, 6, 6]);
    const holder = await waiting(programme, cohort, 4, 1);
    const user = await db.user.create({ data: { email: `x-${randomUUID()}@gmail.com`, role: "DIRECTOR" } });
    await db.direction.update({ where: { id: holder.id }, data: { ownerUserId: user.id } });
    const offer = await offerTo(cohort.id, holder.id);
    const accepted = await acceptWaitlistOffer({ actor: { id: user.id, email: user.email, role: "DIRECTOR" }, token: offer.token, now: NOW });
    expect(accepted.direction.status).toBe("PENDING_APPROVAL");
    expect(await db.invoice.count()).toBe(0);
    expect(await heldOf(cohort.id)).toEqual([{ kind: "APPROVAL", seats: 4 }]);
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).runningSince).toBeNull();
  });
});

describe("race", () => {
  it("50 concurrent registrations on a cohort whose last seats are held by an offer give zero confirmations", async () => {
    const { cohort, holder, offer } = await heldCohort();
    const used = (await db.direction.findMany({ select: { municipalityCode: true } })).map((d) => d.municipalityCode);
    const free = (await db.municipality.findMany({ orderBy: { code: "asc" }, select: { code: true } })).map((m) => m.code).filter((c) => !used.includes(c));
    const actor = await director();
    const results: RegisterDirectionResult[] = await Promise.all(
      free.slice(0, 50).map((municipality) => registerDirection({ actor, input: registration(cohort.slug, 1, municipality), idempotencyKey: randomUUID() })),
    );
    expect(results.filter((r) => r.kind === "CONFIRMED")).toHaveLength(0);
    expect(results.every((r) => r.kind === "NEEDS_CHOICE")).toBe(true);
    expect(await db.invoice.count()).toBe(0);
    expect((await acceptWaitlistOffer({ actor: await directorOf(holder.id), token: offer.token, now: NOW })).direction.status).toBe("CONFIRMED");
    expect(await places(cohort.id)).toMatchObject({ directions: 6, participants: 30 });
  });
});

/** The calendar attachment of an outbox row: its UIDs, SEQUENCE values (0 when absent) and text. */
function icsOf(mail: { attachments: unknown }) {
  const attachments = mail.attachments as { contentType: string; contentBase64: string }[];
  const calendar = attachments.find((a) => a.contentType.startsWith("text/calendar"));
  if (!calendar) throw new Error("no calendar attachment");
  const text = Buffer.from(calendar.contentBase64, "base64").toString("utf8").replace(/\r\n /g, "");
  const events = text.split("BEGIN:VEVENT").slice(1);
  return {
    text,
    uids: events.map((e) => /UID:(.+)\r\n/.exec(e)![1]!).sort(),
    sequences: events.map((e) => Number(/SEQUENCE:(\d+)/.exec(e)?.[1] ?? 0)),
  };
}
