// Shared by the fault specs (two instances, kill -9, SIGTERM, database restart): extra
// `next start` instances on the same build and database, a programme of their own (so their
// municipalities and cohorts collide with no other spec), and registrations submitted
// straight to the final step with drafts signed as the app signs them.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import net from "node:net";
import { expect } from "@playwright/test";
import { signDraftWith } from "../../src/lib/draft-signature";
import { DEVELOPMENT_SECRET } from "../../src/lib/development-secret";
import { testPool } from "../support/db";
import { discoverActions, encodeArgs } from "./server-actions";

/** The embedded database serves one connection per process: these specs need a real server. */
export const realPostgres = Boolean(process.env.DATABASE_URL) && process.env.DATABASE_POOL_MAX !== "1";

export const firstInstanceUrl = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type Instance = { url: string; child: ChildProcess; exited: Promise<number | null>; output: () => string };

/** Another `next start` on the same build and database, with the environment of the first (playwright.config.ts). */
export async function startInstance(extraEnv: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXTAUTH_URL: url,
      SMTP_URL: `smtp://127.0.0.1:${process.env.SMTP_SINK_PORT}`,
      OUTBOX_POLL_MS: "300",
      OUTBOX_RETRY_BASE_MS: "1000",
      SIGN_IN_LIMIT_PER_IP: "1000",
      APP_ENV: "test",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) return { url, child, exited, output: () => output };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`extra instance did not start:\n${output}`);
}

/**
 * A programme and one open cohort of its own; the 98 municipalities are all free in it. It
 * invoices at registration, so a confirmed direction without its invoice is a torn write.
 */
export async function createFaultCohort(name: string, { maxDirections = 10, maxParticipants = 40 } = {}) {
  // Unique per call, so a spec can run again (--repeat-each, a retry) on the same database.
  const slug = `${name}-${randomBytes(3).toString("hex")}`;
  const programmeId = `fault-programme-${slug}`;
  const cohortId = `fault-cohort-${slug}`;
  await testPool().query(
    `INSERT INTO "Programme" (id, name, edition, "pricePerParticipantOre", "vatRateBasisPoints", currency, "paymentTermsDays", "freeCancellationDays",
       "cancellationTerms", "privacyRetentionDays", "reminderDaysBefore", "sellerName", "sellerStreet", "sellerPostalCode", "sellerCity", "sellerCvr",
       "sellerEmail", "sellerPhone", "sellerBankReg", "sellerBankAccount", "sellerIban", "sellerBic", "invoiceTiming", "createdAt", "updatedAt")
     SELECT $1, name || ' (fejltest)', edition, "pricePerParticipantOre", "vatRateBasisPoints", currency, "paymentTermsDays", "freeCancellationDays",
       "cancellationTerms", "privacyRetentionDays", "reminderDaysBefore", "sellerName", "sellerStreet", "sellerPostalCode", "sellerCity", "sellerCvr",
       "sellerEmail", "sellerPhone", "sellerBankReg", "sellerBankAccount", "sellerIban", "sellerBic", 'AT_REGISTRATION', now(), now()
     FROM "Programme" ORDER BY "createdAt" LIMIT 1`,
    [programmeId],
  );
  // Invoice numbers are unique per series across programmes while each programme counts its own
  // (a second programme would collide with the first): each fault programme numbers in its own range.
  await testPool().query(
    `INSERT INTO "InvoiceCounter" ("programmeId", series, "lastNumber")
     SELECT $1, s, (SELECT count(*) FROM "Programme") * 10000 FROM unnest(ARRAY['F', 'K']) AS s`,
    [programmeId],
  );
  await testPool().query(
    `INSERT INTO "Cohort" (id, "programmeId", number, slug, title, status, "datesAnnounced", "seminarStart", "seminarEnd", "followUpStart", "followUpEnd",
       "minDirections", "maxDirections", "maxParticipants", "updatedAt")
     VALUES ($1, $2, 1, $3, 'Fejltesthold', 'OPEN', true, now() + interval '200 days', now() + interval '201 days', now() + interval '260 days',
       now() + interval '260 days 6 hours', 5, $4, $5, now())`,
    [cohortId, programmeId, slug, maxDirections, maxParticipants],
  );
  return { programmeId, cohortId, slug };
}

/** Confirmed directions straight in the database, to bring a cohort close to its cap. */
export async function fillCohort(cohort: { programmeId: string; cohortId: string }, codes: string[], participantsEach: number) {
  for (const code of codes) {
    const id = `fault-fill-${cohort.cohortId}-${code}`;
    await testPool().query(
      `INSERT INTO "Direction" (id, "programmeId", "cohortId", "municipalityCode", status, "contactName", "contactEmail", ean, cvr, "orderNumber",
         "personReference", "billingName", "billingStreet", "billingPostalCode", "billingCity", "idempotencyKey", "termsAcceptedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'CONFIRMED', 'Fejltest', $5, '5798000000018', '55133018', 'F', 'F', 'F Kommune', 'Vej 1', '1000', 'By', $1, now(), now())`,
      [id, cohort.programmeId, cohort.cohortId, code, `kontakt-${code}-${cohort.cohortId}@fault.example.dk`],
    );
    for (let i = 1; i <= participantsEach; i++) {
      await testPool().query(
        `INSERT INTO "Participant" (id, "directionId", name, "jobTitle", field, email, "networkToken", "updatedAt")
         VALUES ($1, $2, $3, 'Direktør', 'MUNICIPAL_DIRECTOR', $4, $1, now())`,
        [`${id}-p${i}`, id, `Deltager ${code}-${i}`, `d${i}-${code}-${cohort.cohortId}@fault.example.dk`],
      );
    }
  }
}

/** All municipality codes, in a fixed order. */
export async function municipalityCodes(): Promise<string[]> {
  return (await testPool().query<{ code: string }>(`SELECT code FROM "Municipality" ORDER BY code`)).rows.map((r) => r.code);
}

export type Prepared = { draft: string; cookie: string; userId: string };

/** A director (user and session) per municipality, each with a complete draft ready for the final submit. */
export async function preparedRegistrations(codes: string[], cohortSlug: string, participants = 3): Promise<Prepared[]> {
  const secret = process.env.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET;
  const prepared: Prepared[] = [];
  for (const code of codes) {
    const userId = `fault-${code}-${randomBytes(3).toString("hex")}`;
    const token = randomBytes(24).toString("hex");
    // The director signs in on the municipality's own domain, so the registration is not held for approval.
    const domain = `k${code}.fault.example.dk`;
    await testPool().query(`INSERT INTO "MunicipalityDomain" (domain, "municipalityCode") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [domain, code]);
    await testPool().query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'DIRECTOR', now())`, [userId, `${userId}@${domain}`]);
    await testPool().query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $1, now() + interval '1 hour')`, [userId, token]);
    const draft = signDraftWith(secret, {
      userId,
      issuedAt: Date.now(),
      cohortSlug,
      municipality: { municipalityCode: code, contactName: "Fejl Kontakt", contactTitle: "Direktør", contactEmail: `kontakt-${userId}@fault.example.dk`, contactPhone: "12 34 56 78" },
      participants: Array.from({ length: participants }, (_, n) => ({
        name: `Fejl Deltager ${n + 1}`,
        jobTitle: "Direktør",
        field: "MUNICIPAL_DIRECTOR" as const,
        email: `d${n + 1}-${userId}@fault.example.dk`,
        phone: null,
        overnightStay: true,
        dietaryNeeds: null,
        dietaryConsent: false,
        accessibilityNeeds: null,
        networkConsent: false,
      })),
      invoice: {
        ean: "5798000000056",
        cvr: "29189889",
        orderNumber: "FEJL-1",
        personReference: "Fejl Person",
        accountingString: null,
        billingName: "Fejl Kommune",
        billingStreet: "Torvet 1",
        billingPostalCode: "8000",
        billingCity: "Aarhus C",
      },
      idempotencyKey: randomUUID(),
    });
    prepared.push({ draft, cookie: `next-auth.session-token=${token}`, userId });
  }
  return prepared;
}

/** The final submit of /tilmelding ("Tilmeld direktionen"), as the browser posts it. */
export async function submitRegistration(baseUrl: string, { draft, cookie }: Prepared) {
  const action = discoverActions().find((a) => a.name === "registrationAction");
  if (!action) throw new Error("registrationAction not in the build");
  const form = encodeArgs(action, [["token", draft], ["step", "godkend"], ["intent", "next"], ["acceptTerms", "on"]]);
  const response = await fetch(`${baseUrl}/tilmelding`, { method: "POST", headers: { "Next-Action": action.id, Origin: baseUrl, Cookie: cookie }, body: form, redirect: "manual" });
  const body = await response.text();
  return { status: response.status, registered: (response.headers.get("x-action-redirect") ?? "").includes("/min-tilmelding?ny=1"), body };
}

export async function cohortCounts(cohortId: string) {
  const { rows } = await testPool().query(
    `SELECT c."maxDirections" AS "maxDirections", c."maxParticipants" AS "maxParticipants",
            (SELECT count(*) FROM "Direction" d WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED')::int AS directions,
            (SELECT count(*) FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId" WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED' AND p.status = 'ACTIVE')::int AS participants
     FROM "Cohort" c WHERE c.id = $1`,
    [cohortId],
  );
  return rows[0] as { maxDirections: number; maxParticipants: number; directions: number; participants: number };
}

/** No half-written registration: every direction has participants; each one registered here has its audit entry, mail and (if confirmed) invoice. */
export async function expectNoPartialRegistrations(cohortId: string) {
  const orphans = await testPool().query(`SELECT id FROM "Direction" d WHERE NOT EXISTS (SELECT 1 FROM "Participant" p WHERE p."directionId" = d.id)`);
  expect(orphans.rows, "directions without participants").toEqual([]);
  const mine = `d."cohortId" = $1 AND d."ownerUserId" LIKE 'fault-%'`;
  const unaudited = await testPool().query(`SELECT id FROM "Direction" d WHERE ${mine} AND NOT EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."directionId" = d.id)`, [cohortId]);
  expect(unaudited.rows, "directions without an audit entry").toEqual([]);
  const unmailed = await testPool().query(`SELECT id FROM "Direction" d WHERE ${mine} AND NOT EXISTS (SELECT 1 FROM "EmailOutbox" e WHERE e."directionId" = d.id)`, [cohortId]);
  expect(unmailed.rows, "directions whose confirmation mail is missing").toEqual([]);
  const uninvoiced = await testPool().query(
    `SELECT id FROM "Direction" d WHERE ${mine} AND d.status = 'CONFIRMED' AND NOT EXISTS (SELECT 1 FROM "Invoice" i WHERE i."directionId" = d.id)`,
    [cohortId],
  );
  expect(uninvoiced.rows, "confirmed directions without an invoice").toEqual([]);
}
