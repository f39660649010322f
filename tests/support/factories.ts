// Builders for integration tests: they write real rows through Prisma, or build the inputs use cases take.
import { randomUUID } from "node:crypto";
import { db } from "../../src/server/db";
import { registrationInputSchema, type RegistrationInput } from "../../src/lib/schemas/registration";
import type { Field, Prisma } from "../../src/generated/prisma/client";

let sequence = 0;
const next = () => ++sequence;

export const VALID_EANS = ["5798000000018", "5798000000025", "5798000000032", "5798000000049", "5798000000056", "5798000000063"];
export const VALID_CVR = "55133018";

export async function createProgramme(overrides: Partial<Prisma.ProgrammeUncheckedCreateInput> = {}) {
  const programme = await db.programme.create({
    data: {
      name: "Kommunestyret 2030",
      edition: "Test",
      pricePerParticipantOre: 1_490_000,
      vatRateBasisPoints: 2500,
      paymentTermsDays: 30,
      cancellationTerms: "Gratis afmelding indtil 6 uger før.",
      sellerName: "Komponent",
      sellerStreet: "Weidekampsgade 10",
      sellerPostalCode: "2300",
      sellerCity: "København S",
      sellerCvr: "29189846",
      sellerEmail: "k@example.dk",
      sellerPhone: "33703500",
      sellerBankReg: "1551",
      sellerBankAccount: "0012345678",
      // Most tests were written for invoicing at registration; the timing matrix
      // (invoice-timing.test.ts) sets each mode itself, the schema default included.
      invoiceTiming: "AT_REGISTRATION",
      ...overrides,
    },
  });
  await db.invoiceCounter.createMany({ data: [{ programmeId: programme.id, series: "F" }, { programmeId: programme.id, series: "K" }] });
  return programme;
}

export async function createCohort(programmeId: string, overrides: Partial<Prisma.CohortUncheckedCreateInput> = {}) {
  const n = next();
  return db.cohort.create({
    data: {
      programmeId,
      number: ((n - 1) % 4) + 1,
      slug: `hold-test-${n}`,
      title: `Testhold ${n}`,
      status: "OPEN",
      datesAnnounced: true,
      seminarStart: new Date("2027-03-09T11:00:00Z"),
      seminarEnd: new Date("2027-03-10T11:00:00Z"),
      followUpStart: new Date("2027-05-19T07:30:00Z"),
      followUpEnd: new Date("2027-05-19T13:30:00Z"),
      maxParticipants: 36,
      registrationDeadline: new Date("2099-01-01T00:00:00Z"),
      ...overrides,
    },
  });
}

const MUNICIPALITY_CODES = ["0101", "0147", "0151", "0153", "0155", "0157", "0159", "0161", "0163", "0165", "0167", "0169", "0173", "0175", "0183", "0185", "0187", "0190", "0201", "0210", "0217", "0219", "0223", "0230"];

/**
 * An address on the municipality's own e-mail domain (seeded reference data), so the person is
 * the municipality's own: a direction of theirs is confirmed, never held for approval. A
 * municipality without a seeded domain gets a test domain.
 */
export async function municipalEmail(code: string, local: string): Promise<string> {
  const own = await db.municipalityDomain.findFirst({ where: { municipalityCode: code }, orderBy: { domain: "asc" } });
  if (own) return `${local}@${own.domain}`;
  const domain = `k${code}.example.dk`;
  await db.municipalityDomain.upsert({ where: { domain }, create: { domain, municipalityCode: code }, update: {} });
  return `${local}@${domain}`;
}

export function municipalityCode(index: number): string {
  const code = MUNICIPALITY_CODES[index];
  if (!code) throw new Error(`no test municipality #${index}`);
  return code;
}

export async function createDirection(input: {
  programmeId: string;
  cohortId: string;
  municipalityCode: string;
  status?: "CONFIRMED" | "WAITLISTED" | "CANCELLED" | "PENDING_APPROVAL";
  waitlistPosition?: number;
  participants?: number;
  fields?: Field[];
}) {
  const n = next();
  const count = input.participants ?? 3;
  const contactEmail = await municipalEmail(input.municipalityCode, `kontakt${n}`);
  return db.direction.create({
    data: {
      programmeId: input.programmeId,
      cohortId: input.cohortId,
      municipalityCode: input.municipalityCode,
      status: input.status ?? "CONFIRMED",
      waitlistPosition: input.status === "WAITLISTED" ? (input.waitlistPosition ?? n) : null,
      contactName: `Kontakt ${n}`,
      contactEmail,
      ean: VALID_EANS[0]!,
      cvr: VALID_CVR,
      orderNumber: `ORD-${n}`,
      personReference: `Person ${n}`,
      billingName: "Test Kommune",
      billingStreet: "Rådhuspladsen 1",
      billingPostalCode: "8000",
      billingCity: "Aarhus C",
      idempotencyKey: `test-${n}-${Math.random()}`,
      termsAcceptedAt: new Date(),
      participants: {
        create: Array.from({ length: count }, (_, i) => ({
          name: `Deltager ${n}.${i + 1}`,
          jobTitle: "Direktør",
          field: input.fields?.[i] ?? "MUNICIPAL_DIRECTOR",
          email: `d${n}.${i + 1}@example.dk`,
        })),
      },
    },
    include: { participants: true },
  });
}

/** A complete registration form for Vejle (0630) on "hold-x", as the final step submits it; `participants` of them. */
export function registrationInput(overrides: Partial<Record<string, unknown>> & { participants?: number } = {}): RegistrationInput {
  const { participants = 2, ...rest } = overrides;
  return registrationInputSchema.parse({
    cohortSlug: "hold-x",
    municipalityCode: "0630",
    contactName: "Mette Holm",
    contactTitle: "Kommunaldirektør",
    contactEmail: "kontakt@vejle.dk",
    contactPhone: "76810000",
    participants: Array.from({ length: participants }, (_, i) => ({
      name: `Deltager ${i + 1}`,
      jobTitle: "Direktør",
      field: i === 0 ? "MUNICIPAL_DIRECTOR" : "SOCIAL_HEALTH",
      email: `deltager${i + 1}-${randomUUID().slice(0, 8)}@vejle.dk`,
      overnightStay: "on",
      networkConsent: i % 2 === 0 ? "on" : undefined,
    })),
    ean: VALID_EANS[1],
    cvr: VALID_CVR,
    orderNumber: "REK-42",
    personReference: "MH",
    billingName: "Vejle Kommune",
    billingStreet: "Skolegade 1",
    billingPostalCode: "7100",
    billingCity: "Vejle",
    ...rest,
  });
}

/** One participant as the add and substitute forms submit it, with an address made from the name. */
export function participantInput(name: string) {
  return {
    name,
    jobTitle: "Direktør",
    field: "SOCIAL_HEALTH" as const,
    email: `${name.toLowerCase().replace(/\W/g, "")}@example.dk`,
    phone: "",
    overnightStay: true,
    dietaryNeeds: null,
    dietaryConsent: false,
    accessibilityNeeds: null,
    networkConsent: false,
  };
}
