import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";
import { expectNoAxeViolations } from "./helpers";
import { sessionCookieFor } from "./sessions";

// Uses Odense's third demo participant, whom no other spec looks at.
const PERSON = "deltager3@odense.demo.dk";

test("staff export everything about a person and erase them, keeping the registration's seat", async ({ page, context }) => {
  const [name, value] = (await sessionCookieFor("staff@komponent.demo.dk")).split("=");
  await context.addCookies([{ name: name!, value: value!, url: baseURL }]);

  await page.goto("/admin/persondata");
  await page.getByLabel("E-mailadresse").fill(PERSON);
  await page.getByRole("button", { name: "Find personen" }).click();
  await expect(page.getByRole("heading", { name: PERSON })).toBeVisible();
  await expectNoAxeViolations(page);

  const exported = await page.request.get(`/admin/persondata/eksport?email=${encodeURIComponent(PERSON)}`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const data = await exported.json();
  expect(data.participants[0].name).toBe("Hanne Østergaard");

  await page.getByRole("link", { name: "Slet personen …" }).click();
  await expect(page.getByText("Fakturaer bevares uændret i 5 år")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Slet personen" }).click();
  await expect(page).toHaveURL(/\/admin\/persondata\?ok=person-erased/);

  const { rows } = await testPool().query(`SELECT name, status FROM "Participant" WHERE email = $1`, [PERSON]);
  expect(rows).toHaveLength(0);
  const seat = await testPool().query(`SELECT count(*)::int AS n FROM "Participant" WHERE name = 'Slettet person' AND status = 'ACTIVE'`);
  expect(seat.rows[0].n).toBeGreaterThan(0);
});

test("the person data pages are closed to a director", async ({ request }) => {
  const cookie = await sessionCookieFor("direktor@aarhus.demo.dk");
  const response = await request.get(`/admin/persondata/eksport?email=${encodeURIComponent(PERSON)}`, { headers: { Cookie: cookie } });
  expect(response.status()).toBe(403);
});
