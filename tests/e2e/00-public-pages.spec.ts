// Runs first (file order): it checks the demo data as `npm start` presents it, before other specs change it.
import { expect, test } from "@playwright/test";
import { testPool } from "../support/db";
import { expectNoAxeViolations, screenshot } from "./helpers";

/** Hold 1's live numbers: other specs register, move and cancel before this one may run. */
async function hold1Counts() {
  const { rows } = await testPool().query<{ directions: number; participants: number; cap: number }>(`
    SELECT (SELECT count(*) FROM "Direction" d WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED')::int AS directions,
           (SELECT count(*) FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId"
             WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED' AND p.status = 'ACTIVE')::int AS participants,
           c."maxParticipants" AS cap
    FROM "Cohort" c WHERE c.slug = 'hold-1'`);
  return rows[0]!;
}

test("landing page presents the programme", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kommunestyret 2030" })).toBeVisible();
  await expect(page.getByText("14.900 kr.").first()).toBeVisible();
  await expect(page.getByText("5–10 direktioner").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Temaer" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "landing");
});

test("cohort list shows the four demo cohorts with dates, status and seats", async ({ page }) => {
  await page.goto("/hold");
  const cards = page.locator("article.cohort-card");
  await expect(cards).toHaveCount(4);
  const first = cards.filter({ hasText: "Hold 1" });
  await expect(first).toContainText("9.–10. marts 2027");
  await expect(first).toContainText("kl. 12.00 til kl. 12.00 med overnatning");
  const live = await hold1Counts();
  expect(live.directions, "the demo seeds directions on hold 1").toBeGreaterThan(0);
  await expect(first).toContainText(`${live.directions} af 10 direktioner tilmeldt`);
  if (live.directions < 5) await expect(first).toContainText("gennemføres ved 5 direktioner");
  await expect(first).toContainText(`${live.cap - live.participants} af ${live.cap} deltagerpladser ledige`);
  await expect(first.getByText("Åben", { exact: true })).toBeVisible();
  const fourth = cards.filter({ hasText: "Hold 4" });
  await expect(fourth).toContainText("Datoer annonceres snarest");
  await expectNoAxeViolations(page);
  await screenshot(page, "cohort-list");
});

test("cohort page shows the 12-12 programme, venues and the way to register", async ({ page }) => {
  await page.goto("/hold/hold-1");
  await expect(page.getByRole("heading", { level: 1, name: "Hold 1 – Kolding" })).toBeVisible();
  await expect(page.getByText("tirsdag den 9. marts 2027 kl. 12.00")).toBeVisible();
  await expect(page.getByText("onsdag den 10. marts 2027 kl. 12.00")).toBeVisible();
  await expect(page.getByText("Fjordvej 154")).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilmeld jeres direktion" })).toHaveAttribute("href", "/tilmelding?hold=hold-1");
  await expectNoAxeViolations(page);
  await screenshot(page, "cohort-page");
});

test("unknown pages get a Danish 404", async ({ page }) => {
  const response = await page.goto("/hold/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await expectNoAxeViolations(page);
});
