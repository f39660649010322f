import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";
import { expectNoAxeViolations, errorSummary } from "./helpers";
import { sessionCookieFor } from "./sessions";

test("staff correct a participant on a director's behalf and land back on the direction page", async ({ page, context }) => {
  const [name, value] = (await sessionCookieFor("staff@komponent.demo.dk")).split("=");
  await context.addCookies([{ name: name!, value: value!, url: baseURL }]);
  const { rows } = await testPool().query<{ id: string }>(`SELECT id FROM "Direction" WHERE "municipalityCode" = '0851' AND status <> 'CANCELLED'`);
  const directionId = rows[0]!.id;

  await page.goto(`/admin/tilmeldinger/${directionId}`);
  await page.getByRole("link", { name: "Ret Thomas Nørgaard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Thomas Nørgaard");
  await expectNoAxeViolations(page);

  // Bad input keeps what was typed and explains in Danish.
  await page.getByLabel("Stilling").fill("Konstitueret kommunaldirektør");
  await page.getByLabel("E-mail").fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page.locator("#f-email-error")).toContainText("Skriv én gyldig e-mailadresse");
  await expect(errorSummary(page).getByRole("link", { name: /Skriv én gyldig e-mailadresse/ })).toBeVisible();
  await expect(page.getByLabel("Stilling")).toHaveValue("Konstitueret kommunaldirektør");

  await page.getByLabel("E-mail").fill("thomas.noergaard@aalborg.demo.dk");
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/tilmeldinger/${directionId}\\?ok=participant-saved`));
  await expect(page.getByText("Deltageren er gemt.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Konstitueret kommunaldirektør", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const audit = await testPool().query(`SELECT 1 FROM "AuditLog" WHERE "directionId" = $1 AND "actorEmail" = 'staff@komponent.demo.dk'`, [directionId]);
  expect(audit.rowCount).toBeGreaterThan(0);
});
