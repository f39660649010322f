import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations, screenshot } from "./helpers";
import { signIn } from "./auth";

// Reads the demo seed (Hold 1: Aarhus, Odense, Kolding, Aalborg) and changes only Mads Juhl's
// network consent (Aalborg, Teknik og miljø), at the very end.

test("KL sees the whole programme as charts and a table, and exports it as Excel-friendly CSV", async ({ page }) => {
  await signIn(page, "partner@kl.demo.dk", "/partner");
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.getByRole("heading", { level: 1, name: "Overblik for KL" })).toBeVisible();
  await expect(page.locator(".lead")).toContainText(/\d+ deltagere fra \d+ af landets 98 kommuner i \d+ regioner/);
  const figures = page.locator("figure.chart");
  await expect(figures).toHaveCount(4);
  for (const figure of await figures.all()) {
    await expect(figure.locator("figcaption")).not.toBeEmpty();
    await expect(figure.locator('svg[role="img"]')).toHaveAttribute("aria-label", /\d/);
  }
  await expect(page.getByRole("img", { name: /Deltagere pr\. hold: Hold 1 \d+ deltagere/ })).toBeVisible();
  await page.locator("#chart-regions summary").click();
  await expect(page.locator("#chart-regions table")).toContainText("Midtjylland");
  await expect(page.getByRole("table", { name: "Direktioner og deltagere pr. hold" })).toContainText("Hold 1 – Kolding");
  await expectNoAxeViolations(page);
  await screenshot(page, "partner-overview-kl");

  await page.getByRole("link", { name: "Deltagere", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deltagere" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table).toContainText("Anne Mikkelsen");
  await expect(table).toContainText("Ida Bruun");
  await expect(page.locator("main")).not.toContainText("Vegetar");
  await expect(page.locator("main")).not.toContainText("@");
  await page.getByLabel("Sortér efter").selectOption("kommune");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/sorter=kommune/);
  await expect(page.locator("thead th[aria-sort]")).toHaveText("Kommune");
  await expectNoAxeViolations(page);
  await screenshot(page, "partner-participants-kl");

  const response = await page.request.get("/partner/eksport");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="kommunestyret-2030-deltagere-\d{4}-\d{2}-\d{2}\.csv"/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = body.toString("utf8").slice(1);
  expect(csv.split("\r\n")[0]).toBe("Navn;Titel;Kommune;Hold;Fagområde");
  expect(csv).toContain("Anne Mikkelsen;Kommunaldirektør;Aarhus;Hold 1 – Kolding;Kommunaldirektør\r\n");
  for (const secret of ["Vegetar", "Glutenallergi", "@", "5798000000"]) expect(csv).not.toContain(secret);

  // Read-only and staff-only areas stay closed.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/ingen-adgang/);
  await expectNoAxeViolations(page);
  await page.goto("/netvaerk");
  await expect(page).toHaveURL(/\/ingen-adgang/);
});

test("Børne- og Kulturchefforeningen sees only children-and-culture participants", async ({ page }) => {
  await signIn(page, "partner@bkf.demo.dk", "/partner");
  await expect(page.getByRole("heading", { level: 1, name: "Overblik for Børne- og Kulturchefforeningen" })).toBeVisible();
  await expect(page.locator(".lead")).toContainText(/\d+ af jeres medlemmer deltager, fra \d+ kommuner i \d+ regioner/);
  await expect(page.getByRole("img", { name: /Børn og kultur \d+ deltagere \(jeres fagområde\)/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "partner-overview-bkf");

  await page.goto("/partner/deltagere");
  const rows = page.locator("main table tbody tr");
  for (const name of ["Jonas Vestergaard", "Søren Bech", "Ida Bruun"]) await expect(page.locator("main table")).toContainText(name);
  for (const row of await rows.all()) await expect(row.locator("td").nth(4)).toHaveText("Børn og kultur");
  await expect(page.locator("main table")).not.toContainText("Anne Mikkelsen");
  await expectNoAxeViolations(page);

  const csv = (await (await page.request.get("/partner/eksport")).body()).toString("utf8");
  expect(csv).toContain("Søren Bech;");
  expect(csv).not.toContain("Anne Mikkelsen");
  expect(csv).not.toContain("Vegetar");
});

test("a director sees consenting colleagues from other municipalities, and a colleague can withdraw", async ({ page }) => {
  await signIn(page, "direktor@aarhus.demo.dk", "/netvaerk");
  await expect(page).toHaveURL(/\/netvaerk$/);
  await expect(page.getByRole("heading", { level: 1, name: "Faglige netværk" })).toBeVisible();
  const children = page.getByRole("region", { name: "Børn og kultur", exact: true });
  await expect(children).toContainText("Ida Bruun");
  await expect(children).toContainText("Aalborg");
  await expect(children).not.toContainText("Søren Bech");
  await expect(children).not.toContainText("Jonas Vestergaard");
  const technical = page.getByRole("region", { name: "Teknik og miljø", exact: true });
  await expect(technical).toContainText("Mads Juhl");
  await expect(technical).not.toContainText("Ole Skov");
  await expectNoAxeViolations(page);
  await screenshot(page, "network-director");

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ networkToken: string }>(`SELECT "networkToken" FROM "Participant" WHERE name = 'Mads Juhl' AND status = 'ACTIVE'`);
  await client.end();
  await page.goto(`/netvaerk/frameld/${rows[0]!.networkToken}`);
  await expect(page.getByRole("heading", { level: 1, name: "Frameld faglige netværk" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Opening the link alone changes nothing.
  await page.goto("/netvaerk");
  await expect(page.getByRole("region", { name: "Teknik og miljø", exact: true })).toContainText("Mads Juhl");
  await page.goBack();
  await page.getByRole("button", { name: "Frameld mig netværket" }).click();
  await expect(page.getByRole("status")).toContainText("Mads Juhl er nu frameldt netværket");
  await expectNoAxeViolations(page);
  await page.goto("/netvaerk");
  await expect(page.getByRole("region", { name: "Teknik og miljø", exact: true })).not.toContainText("Mads Juhl");
});
