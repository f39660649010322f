import { expect, test } from "@playwright/test";
import { signIn, sinkUrl } from "./auth";
import { expectNoAxeViolations, screenshot, errorSummary } from "./helpers";

// Mutations use only Kolding (0621) and hold-4; other specs own Aarhus, hold-2 and hold-3.
test.describe.configure({ mode: "serial" });

test("staff run the programme: dashboard, open hold 4, move Kolding, mail hold 1, export, audit", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "staff@komponent.demo.dk", "/admin");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kræver opmærksomhed" })).toBeVisible();
  await expect(page.locator("article.dashboard-card")).toHaveCount(4);
  await expectNoAxeViolations(page);
  await screenshot(page, "admin-dashboard");

  // Announce and open hold 4 (the "create and open" journey: the four cohorts exist already).
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Hold", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hold" })).toBeVisible();
  await expectNoAxeViolations(page);
  const hold1Href = await page.getByRole("link", { name: /^Hold 1/ }).getAttribute("href");
  await page.getByRole("link", { name: /^Hold 4/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Hold 4/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Startdato").fill("2027-11-16");
  await page.locator("#f-seminarVenueName").fill("Comwell Aalborg (demo)");
  await page.locator("#f-followUpDate").fill("2028-01-19");
  await page.getByLabel("Tilmeldingsfrist").fill("2027-10-01");
  await page.getByLabel("Datoerne er offentliggjort").check();
  await page.getByRole("button", { name: "Gem holdet" }).click();
  await expect(page.getByText("Holdet er gemt.")).toBeVisible();
  await expect(page.getByLabel("Slutdato")).toHaveValue("2027-11-17");
  await expect(page.getByLabel("Starttid").first()).toHaveValue("12.00");
  await page.getByRole("link", { name: "Åbn for tilmelding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Åbn Hold 4/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Åbn for tilmelding" }).click();
  await expect(page.getByText("Holdet er åbnet for tilmelding")).toBeVisible();
  await expect(page.locator(".page-head .badge")).toHaveText("Åben");

  // Move Kolding from hold 1 to hold 4.
  await page.goto("/admin/tilmeldinger?q=Kolding");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Kolding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kolding Kommune" })).toBeVisible();
  await page.getByRole("link", { name: "Flyt til andet hold …" }).click();
  await expect(page.getByText("Kontaktpersonen (direktion@kolding.demo.dk) får en mail om flytningen.")).toBeVisible();
  await expectNoAxeViolations(page);
  const hold4Option = page.locator("#f-targetCohortId option", { hasText: "Hold 4" });
  await page.getByLabel("Nyt hold").selectOption((await hold4Option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Flyt tilmeldingen" }).click();
  await expect(page.getByText("Tilmeldingen er flyttet")).toBeVisible();
  await expect(page.locator(".kv").first()).toContainText("Hold 4");
  // The history says in plain Danish who moved it where.
  await expect(page.getByRole("cell", { name: /^Komponent \(staff@komponent\.demo\.dk\) flyttede direktionen fra Hold 1 – Kolding til Hold 4/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "admin-direction");

  // Mail hold 1's participants and watch it arrive in the SMTP sink.
  const subject = `Praktisk information ${Date.now()}`;
  await page.goto("/admin/kommunikation");
  await expectNoAxeViolations(page);
  await page.getByLabel("Hold", { exact: true }).selectOption({ label: "Hold 1 – Kolding" });
  await page.getByLabel("Modtagere").selectOption("PARTICIPANTS");
  await page.getByLabel("Emne").fill(subject);
  await page.getByLabel("Besked").fill("Kære deltagere\n\nHusk at medbringe jeres kommunes strategi.\n\n- Program følger\n- Parkering er gratis");
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  const send = page.getByRole("button", { name: /^Send til \d+ modtagere$/ });
  await expect(send).toBeVisible();
  await expectNoAxeViolations(page);
  await send.click();
  await expect(page).toHaveURL(/\/admin\/kommunikation\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
  await expect
    .poll(async () => ((await (await fetch(sinkUrl())).json()) as { subject: string }[]).filter((m) => m.subject === subject).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  // The progress page is static (no polling script): reload until the outbox has sent everything.
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator(".card[role=status]").textContent();
      },
      { timeout: 30_000 },
    )
    .toMatch(/(\d+) af \1 sendt · 0 i kø · 0 fejlet/);

  // Participant list for hold 1: the print page and the CSV for Excel.
  await page.goto(`${hold1Href}/deltagerliste`);
  await expect(page.getByRole("heading", { level: 1, name: /Deltagerliste/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await page.request.get(`${hold1Href}/deltagerliste/csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).toContain("Navn;Stilling;Kommune");
  expect(text).toContain("Anne Mikkelsen;");
  expect(text).not.toContain("Karsten Friis");
  expect(text).toContain("\r\n");

  // The audit log shows what staff did.
  await page.goto("/admin/log?handling=direction.move");
  await expect(page.getByRole("cell", { name: /^Komponent \(staff@komponent\.demo\.dk\) flyttede direktionen fra Hold 1 – Kolding til / }).first()).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("direction.move");
  await expectNoAxeViolations(page);
  await page.goto("/admin/log?handling=cohort.open");
  await expect(page.getByRole("cell", { name: /^Komponent \(staff@komponent\.demo\.dk\) åbnede Hold \d .* for tilmelding\.$/ }).first()).toBeVisible();
});

test("staff edit the programme settings: a bad CVR is explained next to the field and nothing typed is lost", async ({ page }) => {
  // Sign-in with the passkey step and two form rounds: slow on a shared machine.
  test.setTimeout(150_000);
  await signIn(page, "staff@komponent.demo.dk", "/admin");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Indstillinger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Indstillinger" })).toBeVisible();
  await expectNoAxeViolations(page);
  const cvr = await page.getByLabel("CVR-nummer").inputValue();
  const terms = await page.getByLabel("Afmeldingsbetingelser").inputValue();

  // Other specs print these details on invoices, so the test saves the values it found.
  await page.getByLabel("CVR-nummer").fill("12345678");
  await page.getByLabel("Afmeldingsbetingelser").fill(`${terms} (kladde)`);
  await page.getByRole("button", { name: "Gem indstillingerne" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "CVR-nummeret skal være 8 cifre og gyldigt." })).toHaveAttribute("href", "#f-sellerCvr");
  await expect(page.locator("#f-sellerCvr-error")).toHaveText("CVR-nummeret skal være 8 cifre og gyldigt.");
  await expect(page.getByLabel("Afmeldingsbetingelser")).toHaveValue(`${terms} (kladde)`);
  await expectNoAxeViolations(page);
  await page.getByLabel("CVR-nummer").fill(cvr);
  await page.getByLabel("Afmeldingsbetingelser").fill(terms);
  await page.getByRole("button", { name: "Gem indstillingerne" }).click();
  await expect(page.getByText("Indstillingerne er gemt.")).toBeVisible();
  await screenshot(page, "admin-settings");
  await page.goto("/admin/log?handling=programme.settings");
  await expect(page.getByRole("cell", { name: /^Komponent \(staff@komponent\.demo\.dk\) (ændrede|gemte) forløbets indstillinger/ }).first()).toBeVisible();

  // Adding a participant on a director's behalf happens inside the admin area.
  await page.goto("/admin/tilmeldinger?q=Kolding");
  await page.getByRole("link", { name: "Kolding" }).click();
  await page.getByRole("link", { name: "Tilføj deltager" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilføj deltager til Kolding Kommune" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Annullér" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kolding Kommune" })).toBeVisible();
});

test("the admin area and its exports are closed to everyone but staff", async ({ page, request }) => {
  const anonymous = await request.get("/admin/fakturaer/eksport", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/log-ind\?tilbage=%2Fadmin/);
  await signIn(page, "partner@kl.demo.dk", "/partner");
  await page.goto("/admin/tilmeldinger");
  await expect(page).toHaveURL(/\/ingen-adgang/);
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/admin/fakturaer/eksport");
  expect(csv.status()).toBe(403);
});
