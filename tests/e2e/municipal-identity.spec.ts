import { expect, test, type Page } from "@playwright/test";
import { signIn, waitForMail } from "./auth";
import { expectNoAxeViolations, screenshot } from "./helpers";
import { testPool } from "../support/db";

// Municipal identity (issue 13): a registration from an address outside the municipality's
// e-mail domains waits for staff approval. Municipality used only by this file: Svendborg 0479
// on hold-2, registered from a private address.

const next = (page: Page) => page.getByRole("button", { name: "Næste", exact: true }).click();

test("a registration from another domain is pending, staff approve it in one step, and the director is told each time", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = `svendborg-${Date.now()}@privat.example`;
  await signIn(page, email, "/tilmelding?hold=hold-2");
  const since = new Date();

  await expect(page.getByRole("radio", { name: /Hold 2 – Middelfart/ })).toBeChecked();
  await next(page);

  // Step 2: a municipality already registered is said there, next to the field; nothing typed is lost.
  await page.getByLabel("Kommune", { exact: true }).selectOption("0751");
  await page.getByLabel("Navn", { exact: true }).fill("Sanne Svendborg");
  await page.getByLabel("Stilling", { exact: true }).fill("Kommunaldirektør");
  await page.getByLabel("Telefon", { exact: true }).fill("62 23 30 00");
  await next(page);
  await expect(page.locator("#f-municipalityCode-error")).toHaveText("Kommunen har allerede en aktiv tilmelding til forløbet.");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Sanne Svendborg");
  await expect(page.getByLabel("Telefon", { exact: true })).toHaveValue("62 23 30 00");
  await expectNoAxeViolations(page);
  await page.getByLabel("Kommune", { exact: true }).selectOption("0479");
  await next(page);

  const group = page.getByRole("group", { name: "Deltager 1" });
  await group.getByLabel("Navn", { exact: true }).fill("Sanne Svendborg");
  await group.getByLabel("Stilling", { exact: true }).fill("Kommunaldirektør");
  await group.getByLabel("Fagområde", { exact: true }).selectOption("MUNICIPAL_DIRECTOR");
  await group.getByLabel("E-mail", { exact: true }).fill("sanne@privat.example");
  await next(page);
  await page.getByLabel("EAN-nummer").fill("5798000000049");
  await page.getByLabel("CVR-nummer").fill("55133018");
  await page.getByLabel("Ordre- eller rekvisitionsnummer").fill("REK-5700");
  await page.getByLabel("Personreference").fill("Direktionen");
  await page.getByLabel("Adresse").fill("Ramsherred 5");
  await page.getByLabel("Postnummer").fill("5700");
  await page.getByLabel("By", { exact: true }).fill("Svendborg");
  await next(page);
  // The review says beforehand that it will wait for approval, and why.
  await expect(page.getByText("Tilmeldingen skal godkendes af Komponent.")).toBeVisible();
  await expect(page.getByText(/som ikke er på Svendborgs domæne/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/Vi accepterer betingelserne/).check();
  await page.getByRole("button", { name: "Tilmeld direktionen" }).click();

  // The pending page says what happens next.
  await expect(page).toHaveURL(/\/min-tilmelding\?afventer=1/);
  await expect(page.getByText("Tak for tilmeldingen. Den afventer Komponents godkendelse.")).toBeVisible();
  await expect(page.getByText("Afventer godkendelse", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "registration-pending-approval");
  const pendingMail = await waitForMail(email, since, /afventer godkendelse/);
  expect(pendingMail.text).toMatch(/Pladserne er holdt til jer imens\. Der sendes ingen faktura/);
  const { rows } = await testPool().query<{ id: string; status: string; invoices: number }>(
    `SELECT d.id, d.status::text, (SELECT count(*)::int FROM "Invoice" i WHERE i."directionId" = d.id) AS invoices FROM "Direction" d WHERE d."municipalityCode" = '0479' AND d.status <> 'CANCELLED'`,
  );
  expect(rows).toMatchObject([{ status: "PENDING_APPROVAL", invoices: 0 }]);
  const directionId = rows[0]!.id;

  // A director who already has a registration is told so, not given an empty form.
  await page.goto("/tilmelding");
  await expect(page.getByRole("heading", { level: 1, name: "I er allerede tilmeldt" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gå til Min tilmelding" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Staff see it on the dashboard with its age and approve it in one step, adding the domain.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, "staff@komponent.demo.dk", "/admin");
  await expect(staff).toHaveURL(/\/admin$/);
  const item = staff.locator(".pending-approvals li", { hasText: "Svendborg" });
  await expect(item).toContainText(/afventet i (under en time|\d+ timer?)/);
  await expect(item).toContainText(`Tilmeldt af ${email}`);
  await expectNoAxeViolations(staff);
  await screenshot(staff, "admin-pending-approvals");
  await staff.goto(`/admin/tilmeldinger/${directionId}`);
  await expect(staff.getByRole("heading", { name: "Afventer godkendelse" })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByLabel("Tilføj privat.example til Svendborgs domæner").check();
  await staff.getByRole("button", { name: "Godkend tilmeldingen" }).click();
  await expect(staff.getByText("Tilmeldingen er godkendt og bekræftet, og domænet er tilføjet kommunen.")).toBeVisible();
  await expect(staff.locator(".page-head .badge")).toHaveText("Bekræftet");
  await expectNoAxeViolations(staff);

  const approved = await waitForMail(email, since, /er godkendt/);
  expect(approved.text).toMatch(/Tilmeldingen er nu bekræftet/);
  // Approval invoices as the programme's invoicing time says: at once if it is "at registration"
  // or the cohort already runs, otherwise when the cohort runs (the default).
  const { rows: after } = await testPool().query<{ status: string; invoices: number; invoicedNow: boolean }>(
    `SELECT d.status::text, (SELECT count(*)::int FROM "Invoice" i WHERE i."directionId" = d.id) AS invoices,
            (p."invoiceTiming"::text = 'AT_REGISTRATION' OR c."runningSince" IS NOT NULL) AS "invoicedNow"
     FROM "Direction" d JOIN "Cohort" c ON c.id = d."cohortId" JOIN "Programme" p ON p.id = c."programmeId" WHERE d.id = $1`,
    [directionId],
  );
  expect(after).toEqual([{ status: "CONFIRMED", invoices: after[0]!.invoicedNow ? 1 : 0, invoicedNow: after[0]!.invoicedNow }]);

  // The domain list is staff's to edit: the added domain shows, a bad one is explained next to the field and kept.
  await staff.goto("/admin/kommuner?q=svendborg");
  await expect(staff.getByRole("row", { name: /Svendborg/ })).toContainText("privat.example");
  await expectNoAxeViolations(staff);
  await staff.getByRole("link", { name: "Svendborg" }).click();
  // The list's search field is labelled with "domæne" too: fill only once the domain page shows.
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Svendborg Kommune: e-maildomæner");
  await staff.getByLabel("Domæne", { exact: true }).fill("www svendborg");
  await staff.getByRole("button", { name: "Tilføj domæne" }).click();
  await expect(staff.locator("#f-domain-error")).toHaveText("Skriv et domæne som aarhus.dk.");
  await expect(staff.getByLabel("Domæne", { exact: true })).toHaveValue("www svendborg");
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Fjern privat.example" }).click();
  await expect(staff.getByText("Domænet er fjernet.")).toBeVisible();
  await staffContext.close();

  await page.goto("/min-tilmelding");
  await expect(page.getByText("Bekræftet", { exact: true })).toBeVisible();
});

test("staff refuse a pending registration from the dashboard: it is cancelled and the director is told why", async ({ page }) => {
  test.setTimeout(120_000);
  // A pending registration of Nyborg (0450) on hold-2 from a private address, as the form leaves it.
  const owner = `nyborg-${Date.now()}@privat.example`;
  const directionId = `e2e-pending-${Date.now()}`;
  const pool = testPool();
  const { rows } = await pool.query<{ id: string; programmeId: string }>(`SELECT id, "programmeId" FROM "Cohort" WHERE slug = 'hold-2'`);
  await pool.query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'DIRECTOR', now())`, [`${directionId}-u`, owner]);
  await pool.query(
    `INSERT INTO "Direction" (id, "programmeId", "cohortId", "municipalityCode", status, "contactName", "contactEmail", "ownerUserId", ean, cvr, "orderNumber",
       "personReference", "billingName", "billingStreet", "billingPostalCode", "billingCity", "idempotencyKey", "termsAcceptedAt", "updatedAt")
     VALUES ($1, $2, $3, '0450', 'PENDING_APPROVAL', 'Niels Nyborg', $4, $5, '5798000000056', '55133018', 'N', 'N', 'Nyborg Kommune', 'Torvet 1', '5800', 'Nyborg', $1, now(), now())`,
    [directionId, rows[0]!.programmeId, rows[0]!.id, owner, `${directionId}-u`],
  );
  await pool.query(`INSERT INTO "Participant" (id, "directionId", name, "jobTitle", field, email, "networkToken", "updatedAt") VALUES ($1, $2, 'Niels Nyborg', 'Direktør', 'MUNICIPAL_DIRECTOR', $3, $1, now())`, [
    `${directionId}-p`,
    directionId,
    owner,
  ]);
  const since = new Date();

  await signIn(page, "staff@komponent.demo.dk", "/admin");
  const item = page.locator(".pending-approvals li", { hasText: "Nyborg" });
  await expect(item).toContainText(`Tilmeldt af ${owner}`);
  await item.getByLabel("Begrundelse til direktionen").fill("Vi kunne ikke bekræfte afsenderen.");
  await item.getByRole("button", { name: "Afvis tilmeldingen" }).click();
  await expect(page.getByText("Tilmeldingen er afvist. Pladserne er frigivet og tilbudt ventelisten, og direktionen får besked.")).toBeVisible();
  await expect(page.locator(".pending-approvals li", { hasText: "Nyborg" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const refused = await waitForMail(owner, since, /er ikke godkendt/);
  expect(refused.text).toContain("Begrundelse: Vi kunne ikke bekræfte afsenderen.");
  const { rows: after } = await pool.query<{ status: string }>(`SELECT status::text FROM "Direction" WHERE id = $1`, [directionId]);
  expect(after).toEqual([{ status: "CANCELLED" }]);
});
