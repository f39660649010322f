// Calling server actions over HTTP as a browser would, for the authorisation matrix and
// the fuzz tests: actions are discovered from the build's server-reference manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";

export const distDir = process.env.NEXT_DIST_DIR ?? ".next";

export type Action = { id: string; file: string; name: string; page: string; arity: number };

/** "app/(registration)/min-tilmelding/[directionId]/page" → "/min-tilmelding/x" */
export function routeOf(worker: string): string {
  const parts = worker.replace(/^app/, "").replace(/\/(page|route)$/, "").split("/").filter(Boolean);
  return "/" + parts.filter((p) => !/^\(.*\)$/.test(p)).map((p) => (p.startsWith("[") ? "x" : p)).join("/");
}

export function discoverActions(): Action[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const source = readFileSync(entry.filename, "utf8");
    const signature = new RegExp(`export\\s+async\\s+function\\s+${entry.exportedName}\\s*\\(([^)]*)\\)`).exec(source)?.[1] ?? "";
    const arity = signature.trim() === "" ? 0 : signature.split(",").filter((p) => p.trim()).length;
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    return { id, file: entry.filename, name: entry.exportedName, page: routeOf(worker), arity };
  });
}

/** React's reply encoding: the FormData argument's entries carry the "_1_" prefix and precede the root "0". */
export function encodeArgs(action: Action, fields: [string, string | Blob][]): FormData {
  const form = new FormData();
  if (action.arity === 0) {
    form.append("0", "[]");
    return form;
  }
  for (const [key, value] of fields) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify(action.arity >= 2 ? [{ status: "idle", fieldErrors: {}, values: {} }, "$K1"] : ["$K1"]));
  return form;
}

export async function callAction(action: Action, body: FormData, cookie: string | null, origin = baseURL) {
  const response = await fetch(`${baseURL}${action.page}`, {
    method: "POST",
    headers: { "Next-Action": action.id, Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
    body,
    redirect: "manual",
  });
  return { status: response.status, body: await response.text(), redirect: response.headers.get("x-action-redirect") ?? "" };
}

/**
 * Invoices an action issues or resends are sent shortly after its response (the transmission
 * outbox), which adds mail and audit rows. Wait for that, so those rows are never blamed on the
 * next call. A transmission still pending after 10 s is not settling but orphaned (its instance
 * was killed by a fault test) or never sent (the demo seed's), and changes nothing any more.
 */
async function invoiceTransmissionsSettled() {
  const pending = async () =>
    (
      await testPool().query<{ n: number }>(
        `SELECT (SELECT count(*)::int FROM "Invoice" WHERE "sentAt" IS NULL AND "createdAt" > now() - interval '10 seconds')
              + (SELECT count(*)::int FROM "InvoiceTransmission" WHERE status IN ('PENDING', 'SENDING') AND "createdAt" > now() - interval '10 seconds') AS n`,
      )
    ).rows[0]!.n;
  while ((await pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** A write by a caller shows up in one of these numbers. */
export async function fingerprint(): Promise<string> {
  await invoiceTransmissionsSettled();
  const { rows } = await testPool().query<{ f: string }>(`
    SELECT concat_ws('|',
      (SELECT count(*) FROM "Direction"), (SELECT max("updatedAt") FROM "Direction"),
      (SELECT count(*) FROM "Participant"), (SELECT max("updatedAt") FROM "Participant"),
      (SELECT count(*) FROM "Cohort"), (SELECT max("updatedAt") FROM "Cohort"),
      (SELECT count(*) FROM "Invoice"), (SELECT count(*) FROM "InvoiceLine"),
      (SELECT count(*) FROM "User"), (SELECT max("updatedAt") FROM "User"),
      (SELECT count(*) FROM "AuditLog"), (SELECT count(*) FROM "EmailOutbox"),
      (SELECT count(*) FROM "WaitlistOffer"), (SELECT count(*) FROM "CohortFollower"),
      (SELECT count(*) FROM "SignInAttempt"), (SELECT max("updatedAt") FROM "Programme"),
      (SELECT count(*) FROM "MunicipalityDomain"), (SELECT string_agg(domain, ',' ORDER BY domain) FROM "MunicipalityDomain"),
      (SELECT count(*) FROM "InvoiceTransmission"), (SELECT count(*) FROM "ReceiverFormat"), (SELECT max("updatedAt") FROM "ReceiverFormat"),
      (SELECT max("eInvoiceFormatUpdatedAt") FROM "Municipality")) AS f`);
  return rows[0]!.f;
}

/** Ids of one municipality's records, to aim actions at real rows. */
export async function recordIds(municipalityCode: string) {
  const q = async (sql: string) => (await testPool().query<{ id: string }>(sql, [municipalityCode])).rows[0]?.id ?? "missing";
  return {
    directionId: await q(`SELECT id FROM "Direction" WHERE "municipalityCode" = $1 AND status <> 'CANCELLED'`),
    participantId: await q(`SELECT p.id FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId" WHERE d."municipalityCode" = $1 AND p.status = 'ACTIVE' LIMIT 1`),
    invoiceId: await q(`SELECT i.id FROM "Invoice" i JOIN "Direction" d ON d.id = i."directionId" WHERE d."municipalityCode" = $1 LIMIT 1`),
    cohortId: await q(`SELECT "cohortId" AS id FROM "Direction" WHERE "municipalityCode" = $1 AND status <> 'CANCELLED'`),
    userId: (await testPool().query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'partner@bkf.demo.dk'`)).rows[0]?.id ?? "missing",
    emailId: (await testPool().query<{ id: string }>(`SELECT id FROM "EmailOutbox" LIMIT 1`)).rows[0]?.id ?? "missing",
  };
}
