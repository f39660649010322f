// Runs before zz-resilience (file order), which fills hold 2.
// SMTP down during a registration: the registration succeeds, its mail waits in the outbox
// (visible to staff with the error), and is delivered exactly once when SMTP is back.
import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";
import { mailTo, sinkUrl } from "./auth";
import { expectNoAxeViolations } from "./helpers";
import { sessionCookieFor } from "./sessions";

const DIRECTOR = "direktor@esbjerg.demo.dk";
const next = (page: Page) => page.getByRole("button", { name: "Næste", exact: true }).click();

async function signInWithoutMail(page: Page, email: string) {
  // The magic link cannot arrive while SMTP is down, so the session is made directly.
  await testPool().query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'DIRECTOR', now()) ON CONFLICT (email) DO NOTHING`, [`outage-${Date.now()}`, email]);
  const [name, value] = (await sessionCookieFor(email)).split("=");
  await page.context().addCookies([{ name: name!, value: value!, url: baseURL }]);
}

test.afterEach(async () => {
  await fetch(sinkUrl("/up"), { method: "POST" });
});

test("a registration made while SMTP is down succeeds, and its mail is sent exactly once when SMTP returns", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await fetch(sinkUrl("/down"), { method: "POST" });
  const since = new Date();
  await signInWithoutMail(page, DIRECTOR);

  await page.goto("/tilmelding?hold=hold-2");
  await next(page);
  await page.getByLabel("Søg efter kommune").fill("Esbjerg");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.getByLabel("Kommune", { exact: true })).toHaveValue("0561");
  await page.getByLabel("Navn", { exact: true }).fill("Erik Esbjerg");
  await page.getByLabel("Stilling", { exact: true }).fill("Kommunaldirektør");
  await page.getByLabel("Telefon", { exact: true }).fill("12 34 56 78");
  await next(page);
  const first = page.getByRole("group", { name: "Deltager 1" });
  await first.getByLabel("Navn", { exact: true }).fill("Erik Esbjerg");
  await first.getByLabel("Stilling", { exact: true }).fill("Kommunaldirektør");
  await first.getByLabel("Fagområde", { exact: true }).selectOption("MUNICIPAL_DIRECTOR");
  await first.getByLabel("E-mail", { exact: true }).fill("erik@esbjerg.demo.dk");
  await next(page);
  await page.getByLabel("EAN-nummer").fill("5798000000063");
  await page.getByLabel("CVR-nummer").fill("29189897");
  await page.getByLabel("Ordre- eller rekvisitionsnummer").fill("ESB-1");
  await page.getByLabel("Personreference").fill("Direktionen");
  await page.getByLabel("Adresse").fill("Torvegade 74");
  await page.getByLabel("Postnummer").fill("6700");
  await page.getByLabel("By", { exact: true }).fill("Esbjerg");
  await next(page);
  await page.getByLabel(/Vi accepterer betingelserne/).check();
  await page.getByRole("button", { name: "Tilmeld direktionen" }).click();

  // The registration stands although no mail could be sent.
  await expect(page).toHaveURL(/\/min-tilmelding\?ny=1/);
  const { rows } = await testPool().query(`SELECT id, status FROM "Direction" WHERE "municipalityCode" = '0561'`);
  expect(rows).toHaveLength(1);
  expect(rows[0].status).toBe("CONFIRMED");

  // The mail waits in the outbox with the SMTP error, after at least one failed attempt.
  await expect
    .poll(async () => (await testPool().query(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "to" = $1 AND status = 'PENDING' AND attempts >= 1 AND "lastError" IS NOT NULL`, [DIRECTOR])).rows[0].n, { timeout: 20_000 })
    .toBeGreaterThan(0);
  expect(await mailTo(DIRECTOR, since)).toHaveLength(0);

  // Staff see the waiting mail and its error.
  const staffContext = await browser.newContext();
  const [name, value] = (await sessionCookieFor("staff@komponent.demo.dk")).split("=");
  await staffContext.addCookies([{ name: name!, value: value!, url: baseURL }]);
  const staffPage = await staffContext.newPage();
  await staffPage.goto("/admin/udbakke");
  // The newest row may be the invoice mail the transmission worker queued a moment later; the
  // registration's mail, which has been tried, shows the SMTP error.
  const row = staffPage.getByRole("row").filter({ hasText: DIRECTOR }).filter({ hasText: /421|unavailable|Service/i }).first();
  await expect(row).toBeVisible();
  await expectNoAxeViolations(staffPage);
  await staffContext.close();

  // SMTP returns: the confirmation arrives, exactly once, even after several more poll rounds.
  await fetch(sinkUrl("/up"), { method: "POST" });
  await expect.poll(async () => (await mailTo(DIRECTOR, since)).filter((m) => /tilmelding/i.test(m.subject)).length, { timeout: 60_000 }).toBeGreaterThan(0);
  // Every queued mail sent, and the sink (which lives as long as this run, like the outbox's
  // rows) holds exactly as many as the outbox sent: a second delivery of any of them would show
  // as one more in the sink than rows in the outbox. No fixed pause that a busy machine outruns.
  const sentRows = async () =>
    (await testPool().query(`SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*)::int AS total FROM "EmailOutbox" WHERE "to" = $1`, [DIRECTOR])).rows[0] as {
      sent: number;
      total: number;
    };
  await expect.poll(async () => { const { sent, total } = await sentRows(); return sent === total ? sent : -1; }, { timeout: 60_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await mailTo(DIRECTOR, new Date(0))).length, { timeout: 30_000 }).toBe((await sentRows()).sent);
  const confirmations = (await mailTo(DIRECTOR, since)).filter((m) => /tilmelding/i.test(m.subject));
  const subjects = confirmations.map((m) => m.subject);
  expect(new Set(subjects).size, `each mail once: ${subjects.join(" | ")}`).toBe(subjects.length);
  const pending = await testPool().query(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "to" = $1 AND status <> 'SENT'`, [DIRECTOR]);
  expect(pending.rows[0].n).toBe(0);
});
