import { expect, test } from "@playwright/test";
import { testPool } from "../support/db";
import { signIn, waitForMail } from "./auth";
import { expectNoAxeViolations, screenshot } from "./helpers";

// Issue 14: a director corrects the EAN of an invoiced registration. Uses Aalborg (0851), whose
// demo invoice the seed issues and whose invoice details no other spec touches.
const DIRECTOR = "direktion@aalborg.demo.dk";
const NEW_EAN = "5798000000063";

test("a director corrects the EAN: the invoice is credited and re-issued with the new EAN, with one mail and the history", async ({ page }) => {
  test.setTimeout(180_000);
  const since = new Date(Date.now() - 1000);
  const before = await testPool().query<{ displayNumber: string; buyerEan: string }>(
    `SELECT i."displayNumber", i."buyerEan" FROM "Invoice" i JOIN "Direction" d ON d.id = i."directionId"
     WHERE d."municipalityCode" = '0851' AND i.kind = 'INVOICE' AND i.status <> 'CREDITED' ORDER BY i."createdAt"`,
  );
  expect(before.rows.length, "the seed issues Aalborg's demo invoice").toBeGreaterThan(0);
  const old = before.rows.map((r) => r.displayNumber);

  await signIn(page, DIRECTOR);
  const section = page.getByRole("region", { name: /^Aalborg Kommune – Hold 1/ });
  await expect(section).toContainText("fakturaen krediteres, og I får en ny med de rettede oplysninger");
  await section.getByRole("link", { name: "Ret fakturaoplysninger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fakturaoplysninger" })).toBeVisible();
  await expect(page.getByText(`Tilmeldingen er faktureret (${old.join(", ")})`)).toBeVisible();
  await expectNoAxeViolations(page);

  // A mistyped EAN is refused next to the field, and nothing entered is lost.
  await page.getByLabel("EAN-nummer").fill("5798000000064");
  await page.getByLabel("Ordrenummer").fill("PO-2030-77");
  await page.getByRole("button", { name: "Ret fakturaoplysningerne" }).click();
  await expect(page.locator("#f-ean-error")).toHaveText("EAN-nummeret skal være 13 cifre med gyldigt kontrolciffer.");
  await expect(page.getByLabel("Ordrenummer")).toHaveValue("PO-2030-77");
  await expectNoAxeViolations(page);

  await page.getByLabel("EAN-nummer").fill(NEW_EAN);
  await page.getByRole("button", { name: "Ret fakturaoplysningerne" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding\?besked=faktura-rettet/);
  await expect(page.getByText(/^Fakturaoplysningerne er rettet\. Fakturaen er krediteret/)).toBeVisible();
  await expect(section.locator(".self-service-facts").filter({ hasText: "EAN-nummer" })).toContainText(NEW_EAN);
  await expect(section.getByRole("row", { name: /Kreditnota/ }).first()).toBeVisible();
  const history = section.locator(".self-service-history");
  await expect(history).toContainText(new RegExp(`Du ændrede fakturaoplysningerne: EAN-nummer 5798000000049 → ${NEW_EAN} og ordrenummer [^;]+ → PO-2030-77; fakturaen blev krediteret \\(K2030-K-\\d+\\) og udstedt på ny med de rettede oplysninger \\(K2030-F-\\d+\\)\\.`));
  await expect(history).toContainText(new RegExp(`Der blev udstedt ny faktura K2030-F-\\d+ i stedet for ${old.join(", ")}`));
  await expectNoAxeViolations(page);
  await screenshot(page, "invoice-corrected-min-tilmelding");

  const after = await testPool().query<{ displayNumber: string; buyerEan: string; buyerOrderNumber: string }>(
    `SELECT i."displayNumber", i."buyerEan", i."buyerOrderNumber" FROM "Invoice" i JOIN "Direction" d ON d.id = i."directionId"
     WHERE d."municipalityCode" = '0851' AND i.kind = 'INVOICE' AND i.status <> 'CREDITED'`,
  );
  expect(after.rows.map((r) => [r.buyerEan, r.buyerOrderNumber])).toEqual([[NEW_EAN, "PO-2030-77"]]);

  // One mail explains both documents: the new invoice's, sent by the transmission worker with
  // the credit note attached (tests/integration/invoice-corrections.test.ts counts the mails).
  const mail = await waitForMail(DIRECTOR, since, new RegExp(`^Rettet faktura ${after.rows[0]!.displayNumber} – Kommunestyret 2030$`));
  expect(mail.text).toContain(NEW_EAN);
  for (const number of old) expect(mail.text).toContain(number);
  expect(mail.text).toContain("skal ikke betales");
});

test("staff correct the invoice details from the direction's page and credit a seat as goodwill", async ({ page }) => {
  test.setTimeout(180_000);
  const { rows } = await testPool().query<{ id: string }>(`SELECT id FROM "Direction" WHERE "municipalityCode" = '0851'`);
  const directionId = rows[0]!.id;
  await signIn(page, "staff@komponent.demo.dk", `/admin/tilmeldinger/${directionId}`);
  await page.getByRole("link", { name: "Ret fakturaoplysninger …" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ret fakturaoplysninger for Aalborg" })).toBeVisible();
  await expect(page.getByText("Kontaktpersonen får én mail om rettelsen")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Personreference").fill("");
  await page.getByRole("button", { name: "Ret fakturaoplysningerne" }).click();
  await expect(page.locator("#f-personReference-error")).toHaveText("Skriv personreference.");
  await page.getByLabel("Personreference").fill("Økonomiafdelingen, Aalborg");
  await page.getByRole("button", { name: "Ret fakturaoplysningerne" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/tilmeldinger/${directionId}\\?ok=invoice-details-corrected`));
  await expect(page.getByText(/^Fakturaoplysningerne er rettet: de ubetalte fakturaer er krediteret/)).toBeVisible();
  await expect(page.getByRole("cell", { name: /^Komponent \(staff@komponent\.demo\.dk\) ændrede fakturaoplysningerne: personreference .* → Økonomiafdelingen, Aalborg; fakturaen blev krediteret/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // A manual credit must say whether the seat stays (goodwill) or is invoiced again.
  const open = await testPool().query<{ displayNumber: string }>(`SELECT "displayNumber" FROM "Invoice" WHERE "directionId" = $1 AND kind = 'INVOICE' AND status <> 'CREDITED'`, [directionId]);
  const number = open.rows[0]!.displayNumber;
  await page.getByRole("link", { name: `Kreditér ${number}` }).click();
  await page.getByLabel("Et antal deltagere").check();
  await page.getByLabel("Antal deltagere (ved delvis kreditering)").fill("1");
  await page.getByLabel("Begrundelse").fill("Goodwill: oplægsholder udeblev");
  await page.getByRole("button", { name: "Udsted kreditnota" }).click();
  await expect(page.locator("#f-seat-error")).toHaveText("Vælg, om deltagerne beholder pladsen uden betaling, eller om pladsen skal faktureres igen.");
  await expect(page.getByLabel("Begrundelse")).toHaveValue("Goodwill: oplægsholder udeblev");
  await expectNoAxeViolations(page);
  await page.getByLabel("Ja, som goodwill").check();
  await page.getByRole("button", { name: "Udsted kreditnota" }).click();
  await expect(page).toHaveURL(/\?ok=invoice-credited/);
  await expect(page.getByRole("cell", { name: /kreditnota K2030-K-\d+ til faktura .* for 1 deltager som goodwill, så pladsen ikke faktureres igen\./ })).toBeVisible();
  const goodwill = await testPool().query<{ keepsSeat: boolean }>(`SELECT "keepsSeat" FROM "Invoice" WHERE "directionId" = $1 AND kind = 'CREDIT_NOTE' ORDER BY "createdAt" DESC LIMIT 1`, [directionId]);
  expect(goodwill.rows[0]!.keepsSeat).toBe(true);
});
