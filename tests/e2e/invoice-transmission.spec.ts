import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";
import { expectNoAxeViolations, screenshot } from "./helpers";
import { sessionCookieFor } from "./sessions";

// Uses Aalborg's (0851) demo invoice, which the seed leaves unsent and no other spec sends.
test("staff see a failed transmission on the dashboard, set the municipality's format to OIOUBL, retry it, and it goes out in that format", async ({ page, context }) => {
  test.setTimeout(180_000);
  const [name, value] = (await sessionCookieFor("staff@komponent.demo.dk")).split("=");
  await context.addCookies([{ name: name!, value: value!, url: baseURL }]);
  const { rows } = await testPool().query<{ id: string; displayNumber: string }>(
    `SELECT i.id, i."displayNumber" FROM "Invoice" i JOIN "Direction" d ON d.id = i."directionId" WHERE d."municipalityCode" = '0851' AND i.kind = 'INVOICE' ORDER BY i.number LIMIT 1`,
  );
  const invoice = rows[0]!;
  // The access point refused it eight times (what the worker leaves behind after its last attempt).
  await testPool().query(
    `INSERT INTO "InvoiceTransmission" (id, "invoiceId", channels, status, attempts, "nextAttemptAt", "lastError", "failedAt", "updatedAt")
     VALUES ('e2e-failed-transmission', $1, ARRAY['e-invoice', 'email'], 'FAILED', 8, now(), 'access point refused: HTTP 503 down for maintenance', now(), now())`,
    [invoice.id],
  );

  await page.goto("/admin");
  const attention = page.getByRole("region", { name: /Kræver opmærksomhed/ });
  await expect(attention.getByRole("heading", { name: /Fakturaer, der ikke kunne sendes/ })).toBeVisible();
  await expect(attention.getByText(`Faktura ${invoice.displayNumber}`, { exact: false })).toBeVisible();
  await expect(attention.getByText("HTTP 503 down for maintenance")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "admin-dashboard-failed-transmission");

  // The receiver format: Aalborg receives OIOUBL.
  await page.goto("/admin/fakturaer");
  await page.getByRole("link", { name: "Modtageformater (e-faktura)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modtageformater for e-fakturaer" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Format for Aalborg", { exact: true }).selectOption("OIOUBL_21");
  await page.getByRole("button", { name: "Gem format for Aalborg" }).click();
  await expect(page.getByText("Modtageformatet er gemt.")).toBeVisible();
  await expect(page.getByLabel("Format for Aalborg", { exact: true })).toHaveValue("OIOUBL_21");
  // A bad EAN is explained next to the field, and what was typed stays.
  await page.getByRole("textbox", { name: "EAN-nummer" }).fill("5798000000019");
  await page.getByRole("button", { name: "Gem EAN-nummer" }).click();
  await expect(page.locator("#f-ean-error")).toContainText("gyldigt kontrolciffer");
  await expect(page.getByRole("textbox", { name: "EAN-nummer" })).toHaveValue("5798000000019");
  await screenshot(page, "admin-receiver-formats");

  // Retry from the dashboard's link: the filtered invoices page.
  await page.goto("/admin");
  await page.getByRole("link", { name: "Gå til fakturaerne og send igen" }).click();
  await expect(page).toHaveURL(/\/admin\/fakturaer\?afsendelse=fejlet/);
  await expect(page.getByText("Afsendelse fejlede")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "admin-invoices-failed-transmission");
  await page.getByRole("button", { name: `Prøv at sende ${invoice.displayNumber} igen` }).click();
  await expect(page.getByText("Fakturaen er lagt i kø og sendes om et øjeblik.")).toBeVisible();

  // The app's worker sends it, in the format Aalborg receives.
  await expect
    .poll(async () => (await testPool().query(`SELECT status, format FROM "InvoiceTransmission" WHERE id = 'e2e-failed-transmission'`)).rows[0], { timeout: 60_000 })
    .toEqual({ status: "SENT", format: "OIOUBL_21" });
  const audit = await testPool().query(`SELECT "actorEmail" FROM "AuditLog" WHERE action = 'invoice.transmission-retry' AND "entityId" = $1`, [invoice.id]);
  expect(audit.rows).toEqual([{ actorEmail: "staff@komponent.demo.dk" }]);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: /Fakturaer, der ikke kunne sendes/ })).toHaveCount(0);
});
