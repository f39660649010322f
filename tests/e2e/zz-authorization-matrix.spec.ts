// Discovers every server action (from the build's server-reference manifest) and every
// route handler and page, calls each as: no session, a director (own and another
// direction's ids), a partner and staff, and checks each is allowed or refused as
// intended. A refused call must write nothing. Runs last: it adds sessions only.
// "staff without passkey" is a staff session straight after the e-mail link, before the
// passkey step: it must be refused everything a staff session may do.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";
import { discoverActions, distDir, fingerprint, type Action } from "./server-actions";
import { sessionCookieFor } from "./sessions";

type Role = "anonymous" | "director" | "partner" | "staff" | "staff without passkey";
const ROLES: Role[] = ["anonymous", "director", "partner", "staff", "staff without passkey"];
const REFUSAL = /Du skal være logget ind|Du har ikke adgang|NEXT_REDIRECT;[^;]*;\/log-ind|\/ingen-adgang|\/log-ind/;

/** Who may run an action, by the route tree it lives in. */
function allowedRoles(action: Action): Role[] {
  if (action.file.includes("src/app/admin/")) return ["staff"];
  if (action.file.includes("src/app/partner/")) return [];
  if (action.file.includes("src/app/(registration)/")) {
    // Withdrawing network consent works from an e-mailed link with its token alone.
    if (action.file.includes("netvaerk/frameld")) return ROLES;
    // Everything else needs a signed-in director (ownership is checked per direction: see the next test).
    return ["director", "staff"];
  }
  // The passkey step itself is for a signed-in staff member who has not passed it yet.
  if (action.file.includes("log-ind/adgangsnoegle")) return ROLES;
  return ROLES;
}

async function targetIds() {
  const q = async (sql: string) => (await testPool().query<{ id: string }>(sql)).rows[0]?.id ?? "missing";
  // Another director's records: the director calling is Aarhus's; these belong to Odense.
  return {
    directionId: await q(`SELECT d.id FROM "Direction" d WHERE d."municipalityCode" = '0461'`),
    participantId: await q(`SELECT p.id FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId" WHERE d."municipalityCode" = '0461' LIMIT 1`),
    invoiceId: await q(`SELECT i.id FROM "Invoice" i JOIN "Direction" d ON d.id = i."directionId" WHERE d."municipalityCode" = '0461' LIMIT 1`),
    cohortId: await q(`SELECT id FROM "Cohort" WHERE slug = 'hold-2'`),
    userId: await q(`SELECT id FROM "User" WHERE email = 'partner@bkf.demo.dk'`),
  };
}

function formFor(action: Action, ids: Awaited<ReturnType<typeof targetIds>>): FormData {
  const fields: Record<string, string> = {
    ...ids,
    id: ids.directionId,
    token: "not-a-real-token",
    email: "matrix@example.dk",
    name: "Matrix Test",
    jobTitle: "Direktør",
    field: "MUNICIPAL_DIRECTOR",
    status: "PAID",
    role: "STAFF",
    confirm: "on",
    accept: "on",
    reason: "test",
    // Approving a registration may add a domain; editing domains names a municipality.
    addDomain: "on",
    municipalityCode: "0751",
    domain: "matrix.example",
  };
  const form = new FormData();
  if (action.arity === 0) {
    form.append("0", "[]");
    return form;
  }
  // React's reply encoding: the FormData argument's entries carry the "_1_" prefix and must precede the root.
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  const args = action.arity >= 2 ? [{ status: "idle", fieldErrors: {}, values: {} }, "$K1"] : ["$K1"];
  form.append("0", JSON.stringify(args));
  return form;
}

test("every server action is allowed or refused as intended, and refusals write nothing", async () => {
  test.setTimeout(300_000);
  const actions = discoverActions();
  expect(actions.length, "server actions discovered").toBeGreaterThan(5);
  expect(actions.filter((a) => a.file.includes("src/app/partner/")), "the partner tree has no actions").toEqual([]);

  const cookies: Record<Role, string | null> = {
    anonymous: null,
    director: await sessionCookieFor("direktor@aarhus.demo.dk"),
    partner: await sessionCookieFor("partner@kl.demo.dk"),
    staff: null, // staff calls would change data; their access is covered by the admin e2e journey
    "staff without passkey": await sessionCookieFor("staff@komponent.demo.dk", { secondFactor: false }),
  };
  const ids = await targetIds();
  const matrix: Record<string, Record<string, string>> = {};
  const problems: string[] = [];

  for (const action of actions) {
    const label = `${action.file.replace("src/app/", "")}#${action.name}`;
    matrix[label] = {};
    for (const role of ["anonymous", "director", "partner", "staff without passkey"] as Role[]) {
      const expectedAllowed = allowedRoles(action).includes(role);
      if (expectedAllowed) {
        matrix[label][role] = "allowed";
        continue;
      }
      const before = await fingerprint();
      const response = await fetch(`${baseURL}${action.page}`, {
        method: "POST",
        headers: { "Next-Action": action.id, Origin: baseURL, ...(cookies[role] ? { Cookie: cookies[role]! } : {}) },
        body: formFor(action, ids),
        redirect: "manual",
      });
      const body = await response.text();
      const after = await fingerprint();
      const wrote = before !== after;
      const refusedVisibly = REFUSAL.test(body) || REFUSAL.test(response.headers.get("x-action-redirect") ?? "") || response.status === 303;
      matrix[label][role] = wrote ? "WROTE" : response.status >= 500 ? `5xx` : refusedVisibly ? "refused" : "no effect";
      if (wrote) problems.push(`${label} as ${role} wrote to the database`);
      if (response.status >= 500) problems.push(`${label} as ${role} answered ${response.status}`);
    }
    matrix[label].staff = allowedRoles(action).includes("staff") ? "allowed" : "refused";
  }
  const adminActions = actions.filter((a) => a.file.includes("src/app/admin/")).length;
  expect(adminActions, "admin actions refused to staff without passkey").toBeGreaterThan(10);
  console.table(matrix);
  expect(problems).toEqual([]);
  void cookies.staff;
});

test("a director cannot act on another director's direction through any action", async () => {
  const actions = discoverActions().filter((a) => a.file.includes("src/app/(registration)/"));
  const cookie = await sessionCookieFor("direktor@aarhus.demo.dk");
  const ids = await targetIds();
  const problems: string[] = [];
  for (const action of actions) {
    const before = await fingerprint();
    const response = await fetch(`${baseURL}${action.page}`, {
      method: "POST",
      headers: { "Next-Action": action.id, Origin: baseURL, Cookie: cookie },
      body: formFor(action, ids),
      redirect: "manual",
    });
    await response.text();
    // Registering a new direction or following a cohort are not acts on another's direction.
    if (/tilmelding\/actions|hold\//.test(action.file)) continue;
    if (before !== (await fingerprint())) problems.push(`${action.file}#${action.name} changed Odense's data as Aarhus's director`);
    if (response.status >= 500) problems.push(`${action.file}#${action.name} answered ${response.status}`);
  }
  expect(problems).toEqual([]);
});

test("approving or refusing a registration pending approval is refused to everyone but staff, its own director included", async () => {
  // A registration from an address outside the municipality's domains, held for approval.
  const owner = `matrix-${Date.now()}@gmail.example`;
  const directionId = `matrix-pending-${Date.now()}`;
  const pool = testPool();
  const { rows } = await pool.query<{ id: string; programmeId: string }>(`SELECT id, "programmeId" FROM "Cohort" WHERE slug = 'hold-2'`);
  const cohort = rows[0]!;
  const user = await pool.query<{ id: string }>(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'DIRECTOR', now()) RETURNING id`, [`${directionId}-u`, owner]);
  await pool.query(
    `INSERT INTO "Direction" (id, "programmeId", "cohortId", "municipalityCode", status, "contactName", "contactEmail", "ownerUserId", ean, cvr, "orderNumber",
       "personReference", "billingName", "billingStreet", "billingPostalCode", "billingCity", "idempotencyKey", "termsAcceptedAt", "updatedAt")
     VALUES ($1, $2, $3, '0860', 'PENDING_APPROVAL', 'Matrix', $4, $5, '5798000000018', '55133018', 'M', 'M', 'Hjørring Kommune', 'Vej 1', '9800', 'Hjørring', $1, now(), now())`,
    [directionId, cohort.programmeId, cohort.id, owner, user.rows[0]!.id],
  );
  await pool.query(`INSERT INTO "Participant" (id, "directionId", name, "jobTitle", field, email, "networkToken", "updatedAt") VALUES ($1, $2, 'Matrix Deltager', 'Direktør', 'MUNICIPAL_DIRECTOR', $3, $1, now())`, [
    `${directionId}-p`,
    directionId,
    owner,
  ]);
  try {
    const actions = discoverActions().filter((a) => a.name === "approveDirectionAction" || a.name === "refuseDirectionAction");
    expect(actions.map((a) => a.name).sort()).toEqual(["approveDirectionAction", "refuseDirectionAction"]);
    const callers: [string, string | null][] = [
      ["anonymous", null],
      ["the pending registration's own director", await sessionCookieFor(owner)],
      ["another director", await sessionCookieFor("direktor@aarhus.demo.dk")],
      ["a partner", await sessionCookieFor("partner@kl.demo.dk")],
    ];
    const ids = { ...(await targetIds()), directionId };
    const problems: string[] = [];
    for (const action of actions) {
      for (const [who, cookie] of callers) {
        const before = await fingerprint();
        const response = await fetch(`${baseURL}${action.page}`, {
          method: "POST",
          headers: { "Next-Action": action.id, Origin: baseURL, ...(cookie ? { Cookie: cookie } : {}) },
          body: formFor(action, ids),
          redirect: "manual",
        });
        const body = await response.text();
        if (before !== (await fingerprint())) problems.push(`${action.name} as ${who} wrote to the database`);
        if (response.status >= 500) problems.push(`${action.name} as ${who} answered ${response.status}`);
        if (!(REFUSAL.test(body) || REFUSAL.test(response.headers.get("x-action-redirect") ?? "") || response.status === 303)) problems.push(`${action.name} as ${who} was not refused visibly`);
      }
    }
    const { rows: after } = await pool.query<{ status: string }>(`SELECT status::text FROM "Direction" WHERE id = $1`, [directionId]);
    expect(after[0]!.status).toBe("PENDING_APPROVAL");
    expect(problems).toEqual([]);
    // The staff pages that decide it are staff-only too.
    for (const [who, cookie] of callers) {
      for (const url of ["/admin", `/admin/tilmeldinger/${directionId}`, "/admin/kommuner", "/admin/kommuner/0860"]) {
        const response = await fetch(`${baseURL}${url}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
        await response.text();
        expect(response.status, `${url} as ${who}`).not.toBe(200);
        expect(response.status, `${url} as ${who}`).toBeLessThan(500);
      }
    }
  } finally {
    await pool.query(`UPDATE "Participant" SET status = 'CANCELLED' WHERE "directionId" = $1`, [directionId]);
    await pool.query(`UPDATE "Direction" SET status = 'CANCELLED', "cancelledAt" = now() WHERE id = $1`, [directionId]);
  }
});

test("cross-site and Origin: null action calls are rejected and write nothing", async () => {
  const [action] = discoverActions().filter((a) => a.name === "requestSignInLinkAction");
  expect(action).toBeTruthy();
  // Sec-Fetch-Site is set by the browser and cannot be forged by a page; only "same-origin"
  // vouches for an `Origin: null` form post (see ownOriginForFormPost).
  const attempts: { origin: string; site?: string }[] = [
    { origin: "null" },
    { origin: "null", site: "cross-site" },
    { origin: "null", site: "same-site" },
    { origin: "https://evil.example" },
    { origin: "https://evil.example", site: "same-origin" },
  ];
  for (const { origin, site } of attempts) {
    const before = await fingerprint();
    const response = await fetch(`${baseURL}${action!.page}`, {
      method: "POST",
      headers: { "Next-Action": action!.id, Origin: origin, ...(site ? { "Sec-Fetch-Site": site } : {}) },
      body: formFor(action!, await targetIds()),
    });
    const body = await response.text();
    expect(before).toBe(await fingerprint());
    expect(response.status >= 400 || /"digest"/.test(body), `Origin ${origin} with Sec-Fetch-Site ${site} must be rejected`).toBe(true);
  }
});

test("under Referrer-Policy no-referrer, a form posted from our own page (Origin: null, Sec-Fetch-Site: same-origin) is accepted", async () => {
  const [action] = discoverActions().filter((a) => a.name === "requestSignInLinkAction");
  const response = await fetch(`${baseURL}${action!.page}`, {
    method: "POST",
    headers: { "Next-Action": action!.id, Origin: "null", "Sec-Fetch-Site": "same-origin" },
    body: formFor(action!, await targetIds()),
  });
  const body = await response.text();
  expect(response.status, body.slice(0, 300)).toBeLessThan(400);
  expect(body).not.toMatch(/"digest"/);
});

/** "app/(registration)/min-tilmelding/[directionId]/page" → "/min-tilmelding/[directionId]" */
function templateOf(worker: string): string {
  const parts = worker.replace(/^app/, "").replace(/\/(page|route)$/, "").split("/").filter(Boolean);
  return "/" + parts.filter((p) => !/^\(.*\)$/.test(p)).join("/");
}

/** Dynamic segments filled with the Aarhus director's own records, or with Odense's. */
async function segmentIds(municipalityCode: string) {
  const q = async (sql: string) => (await testPool().query<{ id: string }>(sql, [municipalityCode])).rows[0]?.id ?? "missing";
  const directionId = await q(`SELECT id FROM "Direction" WHERE "municipalityCode" = $1 AND status <> 'CANCELLED'`);
  return {
    directionId,
    participantId: await q(`SELECT p.id FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId" WHERE d."municipalityCode" = $1 AND p.status = 'ACTIVE' LIMIT 1`),
    id: await q(`SELECT i.id FROM "Invoice" i JOIN "Direction" d ON d.id = i."directionId" WHERE d."municipalityCode" = $1 LIMIT 1`),
  };
}

function fill(template: string, ids: Record<string, string>): string {
  return template.replace(/\[(\w+)\]/g, (_m, name: string) => ids[name] ?? "x");
}

test("pages and route handlers are refused to the wrong role, and a director sees only their own", async () => {
  const appPaths = JSON.parse(readFileSync(path.join(distDir, "server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const templates = [
    ...new Set(
      Object.keys(appPaths)
        .filter((p) => p.startsWith("/admin") || p.startsWith("/partner") || p.startsWith("/api/fakturaer") || p.startsWith("/(registration)/min-tilmelding"))
        .map((p) => templateOf(`app${p}`)),
    ),
  ];
  const own = await segmentIds("0751");
  const other = await segmentIds("0461");
  const cookies = {
    anonymous: null,
    director: await sessionCookieFor("direktor@aarhus.demo.dk"),
    partner: await sessionCookieFor("partner@kl.demo.dk"),
    staff: await sessionCookieFor("staff@komponent.demo.dk"),
    "staff without passkey": await sessionCookieFor("staff@komponent.demo.dk", { secondFactor: false }),
  } satisfies Record<Role, string | null>;
  const matrix: Record<string, Record<string, number | string>> = {};
  const problems: string[] = [];
  const call = async (url: string, cookie: string | null) => {
    const response = await fetch(`${baseURL}${url}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
    await response.text();
    const location = response.headers.get("location") ?? "";
    return { status: response.status, outcome: response.status >= 300 && response.status < 400 ? `→ ${location.replace(baseURL, "").split("?")[0]}` : String(response.status) };
  };
  for (const template of templates) {
    const row: Record<string, string> = {};
    const dynamic = template.includes("[");
    for (const role of ROLES) {
      const result = await call(fill(template, other), cookies[role]);
      row[dynamic ? `${role} (Odense's)` : role] = result.outcome;
      const mayEnter = role === "staff without passkey"
        ? false
        : template.startsWith("/admin")
        ? role === "staff"
        : template.startsWith("/partner")
          ? role === "partner" || role === "staff"
          : role === "staff" || (role === "director" && !dynamic) || (role === "partner" && !dynamic);
      if (result.status === 200 && !mayEnter) problems.push(`${fill(template, other)} granted to ${role}`);
      if (result.status >= 500) problems.push(`${template} as ${role} answered ${result.status}`);
      // Pages send a staff member without the passkey step to it; route handlers answer 401.
      if (role === "staff without passkey" && template.startsWith("/admin") && result.outcome !== "401" && !result.outcome.startsWith("→ /log-ind/adgangsnoegle")) {
        problems.push(`${template} as staff without passkey: ${result.outcome}, expected the passkey step or 401`);
      }
    }
    if (dynamic && !template.startsWith("/admin") && !template.startsWith("/partner")) {
      // The director's own records must open (the invoice only if one has been issued).
      const result = await call(fill(template, own), cookies.director);
      row["director (own)"] = result.outcome;
      if (own.id !== "missing" || !template.includes("[id]")) {
        if (result.status !== 200) problems.push(`${fill(template, own)} refused to its own director (${result.outcome})`);
      }
    }
    matrix[template] = row;
  }
  console.table(matrix);
  expect(problems).toEqual([]);
});
