// Every server action, called by the role that may use it and aimed at real records (the
// director at their own direction, so calls reach validation and the use case), gets
// oversized, wrong-typed, control-character, hostile-unicode, script and extra-field input,
// each time with otherwise valid values. None may answer 5xx or fail unexpectedly; invalid
// input stores nothing; no control character or oversized value ever reaches the database;
// extra fields never stick. Runs last: it changes the demo records it aims at.
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signDraftWith, type RegistrationDraft } from "../../src/lib/draft-signature";
import { DEVELOPMENT_SECRET } from "../../src/lib/development-secret";
import { testPool } from "../support/db";
import { callAction, discoverActions, encodeArgs, fingerprint, recordIds, type Action } from "./server-actions";
import { sessionCookieFor } from "./sessions";

type Fields = [string, string | Blob][];
type Caller = "anonymous" | "director" | "staff";

const GENERIC_ERROR = "Der opstod en uventet fejl";
const OVERSIZED = 100_000;

// Free-text fields: the ones hostile strings go into (the rest keep valid values so a call gets past them).
const FREE_TEXT = [
  "name", "jobTitle", "dietaryNeeds", "accessibilityNeeds", "contactName", "contactTitle", "orderNumber", "personReference",
  "accountingString", "billingName", "billingStreet", "billingCity", "title", "description", "themes", "subject", "body", "reason",
  "municipalitySearch", "seminarVenueName", "participants.0.name", "participants.0.jobTitle", "participants.0.dietaryNeeds",
];
const NUMBERS = ["quantity", "number", "maxParticipants", "minDirections", "maxDirections", "reminderDaysBefore", "newPosition"];
const DATES = ["seminarDate", "followUpDate", "registrationDeadline"];

// Actions that act on the ids they are given and read no free text (or only an optional reason):
// with real ids they may legitimately succeed whatever else is posted.
const ID_ONLY = new Set([
  "removeParticipantAction", "cancelDirectionAction", "disableUserAction", "setUserPartnerAction", "issueInvoiceAction",
  "resendInvoiceAction", "markInvoicePaidAction", "completeCohortAction", "openCohortAction", "closeCohortAction", "cancelCohortAction",
  "promoteAction", "offerSeatsAction", "retryEmailAction", "retryAllFailedAction", "erasePersonAction", "acceptOfferAction",
  "declineOfferAction", "withdrawNetworkConsentAction", "moveDirectionAction", "reorderAction",
]);
// Run after everything else: a success ends the record the other actions aim at.
const DESTRUCTIVE = /cancel|remove|disable|erase|complete|close|move|credit/i;

let serial = 0;
function validFields(ids: Record<string, string>, caller: Caller): Record<string, string> {
  const n = ++serial;
  return {
    ...ids,
    id: ids.directionId!,
    name: "Fuzz Testesen",
    jobTitle: "Direktør",
    field: "MUNICIPAL_DIRECTOR",
    email: `fuzz-${n}@aarhus.demo.dk`,
    phone: "12 34 56 78",
    overnightStay: "on",
    // Dietary needs are only taken with consent; with it, hostile text there gets as far as the database.
    dietaryConsent: "on",
    contactName: "Fuzz Kontakt",
    contactTitle: "Direktør",
    contactEmail: `fuzz-kontakt-${n}@aarhus.demo.dk`,
    contactPhone: "12 34 56 78",
    ean: "5798000000056",
    cvr: "29189889",
    orderNumber: "FUZZ-1",
    personReference: "Fuzz Person",
    billingName: "Aarhus Kommune",
    billingStreet: "Rådhuspladsen 2",
    billingPostalCode: "8000",
    billingCity: "Aarhus C",
    title: "Fuzzhold",
    slug: `fuzz-${n}`,
    description: "Et hold til fuzz-test.",
    subject: "Fuzz-emne",
    body: "En besked på mere end ti tegn.",
    audience: "PARTICIPANTS",
    reason: "Fuzz-begrundelse",
    scope: "ALL",
    quantity: "1",
    seat: "REINVOICE",
    invoiceTiming: "WHEN_RUNNING",
    invoiceDaysBefore: "42",
    number: "4",
    minDirections: "5",
    maxDirections: "10",
    maxParticipants: "40",
    reminderDaysBefore: "7",
    newPosition: "1",
    cohortSlug: "hold-2",
    municipalityCode: "0751",
    // Staff may invite staff; the escalation check is about what others can do.
    role: caller === "staff" ? "PARTNER" : "DIRECTOR",
    partnerCode: "KL",
    "participants.0.name": "Fuzz Deltager",
    "participants.0.jobTitle": "Direktør",
    "participants.0.field": "MUNICIPAL_DIRECTOR",
    "participants.0.email": `fuzz-deltager-${n}@aarhus.demo.dk`,
    "participants.0.overnightStay": "on",
    "participants.0.dietaryConsent": "on",
  };
}

type Variant = { name: string; invalid: boolean; fields: (base: Record<string, string>) => Fields[] };

const replace = (base: Record<string, string>, keys: string[], value: string): Fields =>
  Object.entries({ ...base, ...Object.fromEntries(keys.map((k) => [k, value])) });

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
}

const IDS = ["directionId", "participantId", "invoiceId", "cohortId", "userId", "emailId", "id"];

/** Every number, date, code, choice and address wrong; the name a file; the e-mail repeated. */
function wrongTypes(base: Record<string, string>, bad: string): Fields {
  const wrong = {
    ...Object.fromEntries([...NUMBERS, "ean", "cvr", "billingPostalCode", "cohortSlug", "municipalityCode", "audience", "scope", "role", "field", "participants.0.field", "participants.0.email", "contactEmail"].map((k) => [k, bad])),
    ...Object.fromEntries(DATES.map((k) => [k, "2027-02-31"])),
    phone: "tolv",
    contactPhone: "tolv",
  };
  const { name: _name, email: _email, ...rest }: Record<string, string> = { ...base, ...wrong };
  return [
    ...Object.entries(rest),
    ["name", new Blob(["ikke tekst"], { type: "application/octet-stream" })],
    // Repeated keys: whichever one an action reads, neither is one valid address.
    ["email", "fuzz@@aarhus.demo.dk"],
    ["email", "a@b.dk, c@d.dk"],
  ];
}

const NOT_TEXT = new Set([...IDS, "token", "step", "intent", "overnightStay", "participants.0.overnightStay", "dietaryConsent", "participants.0.dietaryConsent"]);

const VARIANTS: Variant[] = [
  // 100 000 characters in every field, eight fields a request to stay under the 1 MB body limit. An action
  // may ignore the fields of one request; whether any long value was stored is checked at the end.
  {
    name: "oversized",
    invalid: false,
    fields: (base) => chunks([...FREE_TEXT, "email", "phone", "ean", "cvr", "billingPostalCode", ...NUMBERS, ...DATES], 8).map((keys) => replace(base, keys, "x".repeat(OVERSIZED))),
  },
  // Every field at once beyond any limit (15 000 characters), so whatever an action reads is too long.
  { name: "all too long", invalid: true, fields: (base) => [replace(base, Object.keys(base).filter((k) => !NOT_TEXT.has(k)), "y".repeat(15_000))] },
  { name: "wrong types", invalid: true, fields: (base) => ["1e309", "-1", "NaN", "tolv", "0x10"].map((bad) => wrongTypes(base, bad)) },
  {
    name: "wrong-typed ids",
    invalid: true,
    fields: (base) =>
      ["-1", "1e309", "' OR 1=1 --", "a\r\nSet-Cookie: x=1", "x".repeat(10_000)].map((bad) =>
        wrongTypes(Object.fromEntries(Object.entries(base).map(([k, v]) => [k, IDS.includes(k) || k === "token" ? bad : v])), bad),
      ),
  },
  // Control characters are dropped before validation (src/lib/form-state.ts): the rest is validated as usual.
  { name: "NUL and control characters", invalid: false, fields: (base) => [replace(base, FREE_TEXT, "Anne\u0000Mikkel\u0007sen\u001b[31m")] },
  { name: "hostile unicode", invalid: false, fields: (base) => [replace(base, FREE_TEXT, "\u202eÆblegrød 🇩🇰 e\u0301\uFFFF\u200b")] },
  { name: "script and SQL", invalid: false, fields: (base) => [replace(base, FREE_TEXT, `<script>alert(1)</script>"'><img src=x onerror=alert(1)>'; DROP TABLE "Direction"; --`)] },
  {
    name: "extra fields",
    invalid: false,
    fields: (base) => [
      [
        ...Object.entries(base),
        ["__proto__", '{"role":"STAFF"}'],
        ["constructor", "x"],
        ["ownerUserId", "someone-else"],
        ["programmeId", "x"],
        ["netOre", "1"],
        ["status", "CONFIRMED"],
        ["createdAt", "2000-01-01"],
        ["isAdmin", "true"],
      ],
    ],
  },
];

function callerOf(action: Action): Caller {
  if (action.file.includes("src/app/admin/")) return "staff";
  if (action.file.includes("src/app/(registration)/")) return "director";
  return "anonymous";
}

/** A signed draft that has reached `step`, as the app itself would hand it out (same secret). */
function draftAt(step: "hold" | "kommune" | "deltagere" | "faktura", userId: string): string {
  const draft: RegistrationDraft = { userId, issuedAt: Date.now() };
  if (step !== "hold") draft.cohortSlug = "hold-2";
  if (step === "deltagere" || step === "faktura") {
    draft.municipality = { municipalityCode: "0657", contactName: "Fuzz", contactTitle: "Direktør", contactEmail: "fuzz@herning.demo.dk", contactPhone: "12345678" };
  }
  if (step === "faktura") {
    draft.participants = [{ name: "Fuzz", jobTitle: "Direktør", field: "MUNICIPAL_DIRECTOR", email: "fuzz-p@herning.demo.dk", phone: null, overnightStay: true, dietaryNeeds: null, dietaryConsent: false, accessibilityNeeds: null, networkConsent: false }];
  }
  return signDraftWith(process.env.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET, draft);
}

/** Values stored anywhere that no form may produce: control characters, text far beyond any limit, or a cut-off fuzz value. */
async function corruptValues(): Promise<string[]> {
  const { rows: columns } = await testPool().query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb')
       AND table_name NOT IN ('_prisma_migrations', 'Session', 'VerificationToken')
       -- rendered mail bodies and attachments are legitimately long
       AND NOT (table_name = 'EmailOutbox' AND column_name IN ('html', 'text', 'attachments'))`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const { rows } = await testPool().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE length("${column_name}"::text) > 20000 OR "${column_name}"::text ~ '(xxxxxxxxxx|yyyyyyyyyy){5}' OR "${column_name}"::text ~ '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]'`,
    );
    if (rows[0]!.n > 0) found.push(`${table_name}.${column_name} (${rows[0]!.n} rows)`);
  }
  return found;
}

test("every server action survives hostile input: no 5xx, no unexpected error, nothing stored from invalid input", async () => {
  test.setTimeout(900_000);
  const discovered = discoverActions().filter((a) => a.name !== "signOutAction");
  expect(discovered.length).toBeGreaterThan(10);
  const actions = [...discovered.filter((a) => !DESTRUCTIVE.test(a.name)), ...discovered.filter((a) => DESTRUCTIVE.test(a.name))];
  const directorId = (await testPool().query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'direktor@aarhus.demo.dk'`)).rows[0]!.id;
  const cookies = { anonymous: null, director: await sessionCookieFor("direktor@aarhus.demo.dk"), staff: await sessionCookieFor("staff@komponent.demo.dk") };
  const ownerBefore = (await testPool().query(`SELECT "ownerUserId" FROM "Direction" WHERE "municipalityCode" = '0751' AND status <> 'CANCELLED'`)).rows[0];
  const staffEmails = async () => (await testPool().query<{ email: string }>(`SELECT email FROM "User" WHERE role = 'STAFF' ORDER BY email`)).rows.map((r) => r.email);
  const staffBefore = await staffEmails();
  const problems: string[] = [];
  const summary: Record<string, Record<string, string>> = {};

  // The registration form is one action with a step machine: fuzz each step with a draft that reached it.
  const targets: { action: Action; label: string; extra: Record<string, string>; answersWithoutError?: boolean }[] = [];
  for (const action of actions) {
    const label = `${action.file.replace("src/app/", "")}#${action.name}`;
    if (action.name === "registrationAction") {
      for (const step of ["hold", "kommune", "deltagere", "faktura"] as const) {
        targets.push({ action, label: `${label} step ${step}`, extra: { token: draftAt(step, directorId), step, intent: "next" } });
      }
      // A search for nonsense finds nothing, which is an answer rather than an error.
      targets.push({ action, label: `${label} search`, extra: { token: draftAt("kommune", directorId), step: "kommune", intent: "search" }, answersWithoutError: true });
    } else {
      targets.push({ action, label, extra: {} });
    }
  }

  for (const { action, label, extra, answersWithoutError } of targets) {
    const caller = callerOf(action);
    // Ids re-read per action: a destructive action before may have ended a record.
    const ids = await recordIds(caller === "staff" ? "0461" : "0751");
    summary[label] = {};
    for (const variant of VARIANTS) {
      const outcomes = new Set<string>();
      for (const fields of variant.fields({ ...validFields(ids, caller), ...extra })) {
        const before = await fingerprint();
        const result = await callAction(action, encodeArgs(action, fields), cookies[caller]);
        const wrote = before !== (await fingerprint());
        outcomes.add(result.status >= 500 ? "5xx" : wrote ? "stored" : "refused");
        const where = `${label} (${variant.name})`;
        if (result.status >= 500) problems.push(`${where} answered ${result.status}`);
        if (result.body.includes(GENERIC_ERROR) || result.redirect.includes("fejl=UNEXPECTED")) problems.push(`${where} failed unexpectedly`);
        const mayAct = ID_ONLY.has(action.name) && variant.name !== "wrong-typed ids";
        if (variant.invalid && wrote && !mayAct) problems.push(`${where} stored something`);
        // A refused form says why, in Danish, in its returned state.
        if (variant.invalid && !mayAct && !answersWithoutError && action.arity >= 2 && result.status === 200 && !result.redirect && !/"status":"error"/.test(result.body)) {
          problems.push(`${where} refused without an error message`);
        }
      }
      summary[label][variant.name] = [...outcomes].join("/");
    }
  }
  console.table(summary);

  expect(await corruptValues(), "control characters or oversized text in the database").toEqual([]);
  // Extra fields never escalate: nobody became staff and the director's direction kept its owner.
  expect(staffBefore).toContain("staff@komponent.demo.dk");
  expect(await staffEmails()).toEqual(staffBefore);
  const owners = await testPool().query(`SELECT DISTINCT "ownerUserId" FROM "Direction" WHERE "municipalityCode" = '0751'`);
  expect(owners.rows).toEqual([ownerBefore]);
  expect(problems).toEqual([]);
});

test("a request body over 1 MB is refused with 413 before any action runs", async () => {
  const [action] = discoverActions().filter((a) => a.name === "requestSignInLinkAction");
  const before = await fingerprint();
  const result = await callAction(action!, encodeArgs(action!, [["email", "a@b.dk"], ["padding", "x".repeat(2 * 1024 * 1024)]]), null);
  expect(result.status).toBe(413);
  // A streamed body (no Content-Length) meets Next's own limit inside the action handler: a plain
  // error answer (500, see src/proxy.ts), no internals, nothing stored, the app unharmed.
  const form = encodeArgs(action!, [["email", "a@b.dk"], ["padding", "x".repeat(2 * 1024 * 1024)]]);
  const encoded = new Response(form);
  const streamed = await fetch(`${baseURL}${action!.page}`, {
    method: "POST",
    headers: { "Next-Action": action!.id, Origin: baseURL, "Content-Type": encoded.headers.get("content-type")! },
    body: encoded.body,
    duplex: "half",
    redirect: "manual",
  } as RequestInit);
  const text = await streamed.text();
  expect([413, 500], text.slice(0, 200)).toContain(streamed.status);
  expect(text).not.toMatch(/at \w+ \(|node_modules/);
  expect(await fingerprint()).toBe(before);
  expect((await fetch(`${baseURL}/hold`)).status, "the app still answers").toBe(200);
});

test("stored script text is shown as text, never as markup", async ({ page, context }) => {
  const [name, value] = (await sessionCookieFor("staff@komponent.demo.dk")).split("=");
  await context.addCookies([{ name: name!, value: value!, url: baseURL }]);
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const aarhus = (await testPool().query(`SELECT id FROM "Direction" WHERE "municipalityCode" = '0751' ORDER BY "createdAt" DESC LIMIT 1`)).rows[0].id;
  for (const path of ["/admin/tilmeldinger", `/admin/tilmeldinger/${aarhus}`, "/admin/log", "/admin/hold", "/hold"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
  }
  expect(dialogs).toBe(0);
});

test("invalid UTF-8 (a lone surrogate, a stray byte) in a form field is answered, never a crash", async () => {
  // FormData can only hold well-formed text, so the bytes are spliced into an encoded body.
  const marker = "LONE-SURROGATE-MARKER";
  const director = await sessionCookieFor("direktor@aarhus.demo.dk");
  const ids = await recordIds("0751");
  const targets = discoverActions().filter((a) => ["updateParticipantAction", "requestSignInLinkAction", "followCohortAction"].includes(a.name) && callerOf(a) !== "staff");
  expect(targets).toHaveLength(3);
  for (const action of targets) {
    const encoded = new Response(encodeArgs(action, Object.entries({ ...validFields(ids, "director"), slug: "hold-1", name: marker, jobTitle: marker, email: `${marker}@aarhus.demo.dk` })));
    const bytes = Buffer.from(await encoded.arrayBuffer());
    const spliced = Buffer.from(bytes.toString("latin1").split(marker).join("\u00ed\u00a0\u0080x\u00ffy\u00c3"), "latin1");
    const response = await fetch(`${baseURL}${action.page}`, {
      method: "POST",
      headers: { "Next-Action": action.id, Origin: baseURL, "Content-Type": encoded.headers.get("content-type")!, Cookie: director },
      body: spliced,
      redirect: "manual",
    });
    const body = await response.text();
    expect(response.status, action.name).toBeLessThan(500);
    expect(body, action.name).not.toContain(GENERIC_ERROR);
  }
  expect(await corruptValues()).toEqual([]);
});
