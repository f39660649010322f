import { expect, test, type Browser, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";
import { signIn } from "./auth";
import { errorSummary, expectNoAxeViolations, screenshot } from "./helpers";
import { sessionCookieFor } from "./sessions";

// What directors and staff see (issue 15): the error summary, the participants step, 404s, the
// capacity words and bars, history sentences, a cancelled registration, mail attachments, layout.
// Uses Silkeborg (0740) and Viborg (0791) on hold 2, which no other spec registers.

const next = (page: Page) => page.getByRole("button", { name: "Næste", exact: true }).click();

async function signedInPage(browser: Browser, email: string, { javaScriptEnabled = true, width = 1280 } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const [name, value] = (await sessionCookieFor(email)).split("=");
  await context.addCookies([{ name: name!, value: value!, url: baseURL }]);
  return { context, page: await context.newPage() };
}

/** A director account as a first sign-in would leave it (the magic link itself is sign-in.spec's). */
async function ensureDirector(email: string) {
  await testPool().query(`INSERT INTO "User" (id, email, role, "updatedAt") VALUES ($1, $2, 'DIRECTOR', now()) ON CONFLICT (email) DO NOTHING`, [`ui15-${email}`, email]);
}

async function municipalityAndContact(page: Page, code: string, name: string) {
  await page.getByLabel("Kommune", { exact: true }).selectOption(code);
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("Stilling", { exact: true }).fill("Kommunaldirektør");
  await page.getByLabel("Telefon", { exact: true }).fill("12 34 56 78");
}

async function invoiceDetails(page: Page, ean: string) {
  await page.getByLabel("EAN-nummer").fill(ean);
  await page.getByLabel("CVR-nummer").fill("55133018");
  await page.getByLabel("Ordre- eller rekvisitionsnummer").fill("UI-15");
  await page.getByLabel("Personreference").fill("Direktionen");
  await page.getByLabel("Adresse").fill("Søvej 1");
  await page.getByLabel("Postnummer").fill("8600");
  await page.getByLabel("By", { exact: true }).fill("Silkeborg");
}

test("the participants step: a compact card per participant, an error summary that links every error and takes focus, focus on a row just added", async ({ page }) => {
  // A whole registration and a cancellation, with axe on every page.
  test.setTimeout(180_000);
  // The history below shows the invoice issued at registration: that programme setting, set
  // explicitly (the default invoices when the cohort runs; invoice-timing.test.ts has the matrix).
  await testPool().query(`UPDATE "Programme" SET "invoiceTiming" = 'AT_REGISTRATION'`);
  try {
    await registerAndCancel(page);
  } finally {
    await testPool().query(`UPDATE "Programme" SET "invoiceTiming" = 'WHEN_RUNNING'`);
  }
});

async function registerAndCancel(page: Page) {
  const director = "direktor@silkeborg.demo.dk";
  await signIn(page, director, "/tilmelding?hold=hold-2");
  await next(page);
  // Step 2 without anything filled in: every error at once, in the summary, which has focus.
  await next(page);
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "Der er et problem" })).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText(["Vælg jeres kommune.", "Skriv kontaktpersonens navn.", "Skriv kontaktpersonens stilling.", /telefonnummer/]);
  await summary.getByRole("link", { name: "Skriv kontaktpersonens navn." }).click();
  await expect(page.getByLabel("Navn", { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await municipalityAndContact(page, "0740", "Signe Silkeborg");
  await next(page);

  // One card, required fields in view, optional ones folded, removal a quiet secondary button.
  const first = page.getByRole("group", { name: "Deltager 1" });
  await expect(first.locator("details")).not.toHaveAttribute("open");
  await expect(first.getByLabel(/^Kostbehov/)).toBeHidden();
  await page.getByRole("button", { name: "Tilføj deltager" }).click();
  const second = page.getByRole("group", { name: "Deltager 2" });
  await expect(second.getByLabel("Navn", { exact: true })).toBeFocused();
  for (const card of [first, second]) {
    const box = await card.boundingBox();
    expect(box!.height, "a participant card stays compact").toBeLessThan(400);
  }
  const remove = page.getByRole("button", { name: /^Fjern deltager 2/ });
  await expect(remove).not.toHaveClass(/danger/);
  await expect(remove).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");

  // Errors in both cards: the summary names which participant each belongs to; a link into a
  // folded field opens it.
  await first.getByLabel("Navn", { exact: true }).fill("Signe Silkeborg");
  await first.getByLabel("Stilling", { exact: true }).fill("Kommunaldirektør");
  await first.getByLabel("Fagområde", { exact: true }).selectOption("MUNICIPAL_DIRECTOR");
  await first.getByLabel("E-mail", { exact: true }).fill("signe@silkeborg.demo.dk");
  await first.getByText("Telefon, kostbehov, tilgængelighed og netværk").click();
  await first.getByLabel(/^Kostbehov/).fill("Glutenfri");
  await next(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    /^Deltager 1: Kostbehov kan være helbredsoplysninger/,
    "Deltager 2: Skriv deltagerens navn.",
    "Deltager 2: Skriv deltagerens stilling.",
    "Deltager 2: Vælg deltagerens fagområde.",
    "Deltager 2: Skriv en e-mailadresse.",
  ]);
  await expect(first.locator("details")).toHaveAttribute("open");
  await expectNoAxeViolations(page);
  await screenshot(page, "ui-participants-errors");
  await summary.getByRole("link", { name: /^Deltager 1: Kostbehov/ }).click();
  await expect(first.getByLabel(/samtykke til, at kostbehovet/)).toBeFocused();
  await first.getByLabel(/samtykke til, at kostbehovet/).check();
  await page.getByRole("button", { name: /^Fjern deltager 2/ }).click();
  await expect(page.getByRole("group", { name: /^Deltager \d$/ })).toHaveCount(1);
  await next(page);

  // Review: dietary needs are shown back.
  await invoiceDetails(page, "5798000000056");
  await next(page);
  await expect(page.getByRole("region", { name: "Deltagere (1)" })).toContainText("Kostbehov: Glutenfri");
  await expectNoAxeViolations(page);
  await page.getByLabel(/Vi accepterer betingelserne/).check();
  await page.getByRole("button", { name: "Tilmeld direktionen" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding\?ny=1/);
  const section = page.getByRole("region", { name: "Silkeborg Kommune – Hold 2 – Middelfart" });
  await expect(section.getByRole("row", { name: /Signe Silkeborg/ })).toContainText("Glutenfri");
  await expect(section.getByRole("columnheader", { name: "Kostbehov" })).toBeVisible();

  // The director's history: sentences saying who did what, amounts in kroner, no keys.
  const history = section.locator(".self-service-history");
  await expect(history).toContainText("Du tilmeldte direktionen til Hold 2 – Middelfart med 1 deltager.");
  await expect(history).toContainText(/Der blev udstedt faktura K2030-F-\d+ på 14\.900,00 kr\. ekskl\. moms \(18\.625,00 kr\. inkl\. moms\) for 1 deltager\./);
  await expect(history).not.toContainText(/direction\.|invoice\.|netOre|\{/);

  // After a cancellation nothing offers a change any more.
  await section.getByRole("link", { name: "Annullér tilmeldingen" }).click();
  await page.getByRole("button", { name: "Ja, annullér tilmeldingen" }).click();
  await expect(page).toHaveURL(/besked=annulleret/);
  await expect(section.getByText("Annulleret", { exact: true })).toBeVisible();
  await expect(section).toContainText("Den kan ikke længere ændres");
  for (const offer of [/indtil da kan I/, /Gratis afmelding/, /Deltagere kan erstattes/, /Skal fakturaoplysningerne ændres/]) await expect(section).not.toContainText(offer);
  for (const link of ["Tilføj deltager", "Ret fakturaoplysninger", "Annullér tilmeldingen"]) await expect(section.getByRole("link", { name: link })).toHaveCount(0);
  await expect(history).toContainText("Du annullerede tilmeldingen, og fakturaen blev krediteret.");
  await expect(history).toContainText(/Der blev udstedt kreditnota K2030-\w+-\d+ til faktura K2030-F-\d+ på 18\.625,00 kr\. inkl\. moms for 1 deltager\./);
  await expectNoAxeViolations(page);
  const { rows } = await testPool().query<{ id: string }>(`SELECT id FROM "Direction" WHERE "municipalityCode" = '0740'`);
  await page.goto(`/min-tilmelding/${rows[0]!.id}/deltager/ny`);
  await expect(page.getByText("Tilmeldingen er annulleret, så den kan ikke længere ændres.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tilføj deltager" })).toHaveCount(0);
}

test("without JavaScript the error summary is focused and links to its fields, and a row just added has focus", async ({ browser }) => {
  await ensureDirector("direktor@viborg.demo.dk");
  const { context, page } = await signedInPage(browser, "direktor@viborg.demo.dk", { javaScriptEnabled: false });
  try {
    await page.goto("/tilmelding?hold=hold-2");
    await next(page);
    await municipalityAndContact(page, "0791", "Vagn Viborg");
    await next(page);
    await page.getByRole("button", { name: "Tilføj deltager" }).click();
    await expect(page.getByRole("group", { name: "Deltager 2" }).getByLabel("Navn", { exact: true })).toBeFocused();
    await next(page);
    const summary = errorSummary(page);
    await expect(summary).toHaveAttribute("autofocus", "");
    await expect(summary).toBeFocused();
    const link = summary.getByRole("link", { name: "Deltager 2: Skriv deltagerens stilling." });
    await expect(link).toHaveAttribute("href", "#f-participants-1-jobTitle");
    await link.click();
    await expect(page.getByRole("group", { name: "Deltager 2" }).getByLabel("Stilling", { exact: true })).toBeFocused();
  } finally {
    await context.close();
  }
});

test("an unknown cohort is the same Danish 404 as any unknown URL, with and without JavaScript", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    for (const path of ["/hold/hold-99", "/findes-ikke", "/hold/hold-1/findes-ikke"]) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} with${javaScriptEnabled ? "" : "out"} JavaScript`).toBe(404);
      await expect(page).toHaveTitle("Siden findes ikke · Kommunestyret 2030");
      await expect(page.locator("html")).toHaveAttribute("lang", "da");
      await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
      await expect(page.locator("header.site-header")).toHaveCount(1);
      await expect(page.locator("footer.site-footer")).toHaveCount(1);
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    }
    await context.close();
  }
  // An id that does not exist in the admin area: the admin 404, with the same title.
  const { context, page } = await signedInPage(browser, "staff@komponent.demo.dk");
  const response = await page.goto("/admin/tilmeldinger/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expect(page).toHaveTitle("Siden findes ikke · Kommunestyret 2030");
  await expect(page.locator("header")).toHaveCount(1);
  // An address that matches no admin page at all: the same 404, inside the admin header too.
  for (const path of ["/admin/findes-ikke", "/admin/hold/findes/slet/ikke"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
    await expect(page.locator("header.admin-header")).toHaveCount(1);
    await expectNoAxeViolations(page);
  }
  await context.close();
  // Signed out, an unknown admin address asks for sign-in like any admin page (nothing is revealed).
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto("/admin/findes-ikke");
  await expect(anonymousPage).toHaveURL(/\/log-ind/);
  await anonymous.close();
});

test("at 390 px the capacity words read as sentences, bars fill as the words count, the programme has its spaces and the header its padding", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/hold");
  const card = page.locator("article.cohort-card").filter({ hasText: "Hold 1" });
  const lines = await card.locator(".capacity-line").allInnerTexts();
  expect(lines[0]).toMatch(/^\d+ af 10 direktioner tilmeldt\.\s+(Holdet gennemføres ved 5\.|Gennemføres)$/);
  expect(lines[1]).toMatch(/^\d+ af \d+ deltagerpladser optaget\.\s+\d+ pladser? ledige?\.$/);
  // The bar fills with exactly what the words count as taken.
  const meters = card.locator(".capacity-meter");
  for (const [index, pattern] of [[0, /^(\d+) af (\d+)/], [1, /^(\d+) af (\d+)/]] as const) {
    const [, taken, max] = pattern.exec(lines[index]!)!;
    const bar = (await meters.nth(index).boundingBox())!;
    const fill = (await meters.nth(index).locator("span").boundingBox())!;
    expect(fill.width / bar.width).toBeCloseTo(Number(taken) / Number(max), 1);
  }
  const brand = (await page.locator(".site-header .brand").boundingBox())!;
  expect(brand.y, "the mobile header has room above the brand").toBeGreaterThanOrEqual(10);
  await expectNoAxeViolations(page);
  await screenshot(page, "ui-cohorts-390");

  await page.goto("/hold/hold-1");
  const programme = await page.getByRole("region", { name: "Program" }).innerText();
  expect(programme).toContain("Aften og overnatning\nMiddag og overnatning");
  expect(await page.locator(".timeline").textContent()).toContain("Aften og overnatning Middag");
  await expectNoAxeViolations(page);
  await context.close();
});

test("creating a cohort: any unused number, every error at once", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, "staff@komponent.demo.dk");
  try {
    await page.goto("/admin/hold/ny");
    const { rows } = await testPool().query<{ next: number }>(`SELECT max(number) + 1 AS next FROM "Cohort"`);
    const free = rows[0]!.next;
    await expect(page.getByLabel("Holdnummer")).toHaveValue(String(free));
    await expect(page.getByLabel("Adresse (slug)")).toHaveValue(`hold-${free}`);
    await expectNoAxeViolations(page);
    await page.getByLabel("Holdnummer").fill("2");
    await page.getByLabel("Adresse (slug)").fill("hold-1");
    await page.getByLabel("Minimum direktioner").fill("9");
    await page.getByLabel("Maksimum direktioner").fill("6");
    await page.getByRole("button", { name: "Opret hold" }).click();
    await expect(errorSummary(page).getByRole("link")).toHaveText([
      "Skriv en titel.",
      "Minimum kan ikke være større end maksimum.",
      `Hold 2 findes allerede. Vælg et ledigt nummer, fx ${free}.`,
      "Adressen er allerede brugt af et andet hold.",
    ]);
    await expectNoAxeViolations(page);
    await page.getByLabel("Holdnummer").fill(String(free));
    await page.getByLabel("Adresse (slug)").fill(`hold-${free}`);
    await page.getByLabel("Titel").fill(`Hold ${free} – Herning (e2e)`);
    await page.getByLabel("Minimum direktioner").fill("5");
    await page.getByLabel("Maksimum direktioner").fill("10");
    await page.getByRole("button", { name: "Opret hold" }).click();
    await expect(page).toHaveURL(/\/admin\/hold\/[^/]+\?ok=cohort-created/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Hold ${free} – Herning (e2e)`);
  } finally {
    // Other specs count the demo's cohorts.
    await testPool().query(`DELETE FROM "Cohort" WHERE slug LIKE 'hold-%' AND title LIKE '%(e2e)'`);
    await context.close();
  }
});

test("staff see attachments in the outbox and open a mail from its subject; the files are theirs only", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInPage(browser, "staff@komponent.demo.dk");
  await page.goto("/admin/udbakke");
  const row = page.getByRole("row").filter({ hasText: "direktor@silkeborg.demo.dk" }).filter({ hasText: "Tilmelding bekræftet: Hold 2" }).first();
  const subject = row.getByRole("link", { name: /Tilmelding bekræftet: Hold 2/ });
  await expect(subject).toHaveAttribute("href", /^\/admin\/udbakke\/[^/]+$/);
  const attachment = row.getByRole("link", { name: /\.ics$/ });
  const href = (await attachment.getAttribute("href"))!;
  await expectNoAxeViolations(page);

  const file = await page.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("text/calendar");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="kommunestyret-2030-hold-2\.ics"/);
  expect(await file.text()).toMatch(/^BEGIN:VCALENDAR/);

  await subject.click();
  await expect(page.getByRole("heading", { level: 1, name: /Tilmelding bekræftet: Hold 2/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Vedhæftede filer" }).getByRole("link", { name: /\.ics$/ })).toHaveAttribute("href", href);
  await expect(page.locator(".mail-body")).toContainText("Hold 2");
  await expectNoAxeViolations(page);
  await screenshot(page, "ui-outbox-mail");

  // Nobody else gets the file: not anonymously, not as a director; the dev mailbox's route is off with SMTP.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${baseURL}${href}`)).status()).toBe(401);
  const devRoute = href.replace("/admin/udbakke/", "/dev/postkasse/");
  expect((await anonymous.request.get(`${baseURL}${devRoute}`)).status()).toBe(404);
  await anonymous.close();
  const director = await signedInPage(browser, "direktor@silkeborg.demo.dk");
  expect((await director.page.request.get(`${baseURL}${href}`)).status()).toBe(403);
  await director.context.close();
  await context.close();
});

test("the partner overview counts only cohorts that have confirmed directions", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, "partner@kl.demo.dk");
  await page.goto("/partner");
  const { rows } = await testPool().query<{ directions: string; cohorts: string }>(
    `SELECT count(*) AS directions, count(DISTINCT "cohortId") AS cohorts FROM "Direction" d JOIN "Cohort" c ON c.id = d."cohortId" WHERE d.status = 'CONFIRMED' AND c.status <> 'CANCELLED'`,
  );
  const { directions, cohorts } = rows[0]!;
  await expect(page.locator(".facts li").filter({ hasText: /bekræftede? direktion/ })).toHaveText(new RegExp(`^${directions} bekræftede? direktion(er)? på ${cohorts} hold$`));
  await context.close();
});

test("admin pages line up with the header, and the registration card uses the desktop width", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, "staff@komponent.demo.dk", { width: 1600 });
  for (const path of ["/admin/tilmeldinger", "/admin/hold", "/admin/udbakke", "/admin/log"]) {
    await page.goto(path);
    const header = (await page.locator(".admin-header .brand").boundingBox())!;
    const heading = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    expect(Math.abs(heading.x - header.x), `${path}: left edges`).toBeLessThanOrEqual(2);
  }
  await context.close();
  await ensureDirector("direktor@viborg.demo.dk");
  const director = await signedInPage(browser, "direktor@viborg.demo.dk", { width: 1280 });
  await director.page.goto("/tilmelding?hold=hold-2");
  const card = (await director.page.locator("form.registration-form").boundingBox())!;
  expect(card.width, "the form card spans the content width").toBeGreaterThan(1000);
  await director.context.close();
});

/** Staff set the programme's limit per direction through the settings page (the write every reader sees at once). */
async function setParticipantLimit(page: Page, limit: number) {
  await page.goto("/admin/indstillinger");
  await page.getByLabel("Højst antal deltagere pr. direktion").fill(String(limit));
  await page.getByRole("button", { name: "Gem indstillingerne" }).click();
  await expect(page).toHaveURL(/ok=settings-saved/);
}

test("the participant limit: a sentence replaces 'Tilføj deltager' at the limit, and a list over it is an error in the summary linked to the list", async ({ browser }) => {
  test.setTimeout(240_000);
  const staff = await signedInPage(browser, "staff@komponent.demo.dk");
  await ensureDirector("direktor@skive.demo.dk");
  const director = await signedInPage(browser, "direktor@skive.demo.dk");
  const page = director.page;
  const limitSentence = page.locator("[data-participant-limit]");
  try {
    await setParticipantLimit(staff.page, 3);
    await page.goto("/tilmelding?hold=hold-2");
    await next(page);
    await municipalityAndContact(page, "0779", "Sofie Skive");
    await next(page);
    const people = ["Sofie Skive", "Søren Skive", "Sanne Skive"];
    for (const [index, name] of people.entries()) {
      const card = page.getByRole("group", { name: `Deltager ${index + 1}` });
      if (index > 0) {
        await page.getByRole("button", { name: "Tilføj deltager" }).click();
        await expect(card.getByLabel("Navn", { exact: true })).toBeFocused();
      }
      await card.getByLabel("Navn", { exact: true }).fill(name);
      await card.getByLabel("Stilling", { exact: true }).fill("Direktør");
      await card.getByLabel("Fagområde", { exact: true }).selectOption("MUNICIPAL_DIRECTOR");
      await card.getByLabel("E-mail", { exact: true }).fill(`${name.split(" ")[0]!.toLowerCase().replace("ø", "oe")}@skive.demo.dk`);
    }
    // At the limit: no button, a sentence saying why and what to do instead.
    await expect(page.getByRole("button", { name: "Tilføj deltager" })).toHaveCount(0);
    await expect(limitSentence).toHaveText("I har 3 deltagere på, og det er det højeste antal, en direktion kan tilmelde. Skal en anden med, så fjern først en af deltagerne.");
    await expectNoAxeViolations(page);
    await screenshot(page, "ui-participant-limit");

    // Staff lower the limit meanwhile: three is now over it, said in the summary like every other error, linked to the list.
    await setParticipantLimit(staff.page, 2);
    await next(page);
    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    const link = summary.getByRole("link", { name: /Grænsen er 2 deltagere pr\. direktion\./ });
    await expect(link).toHaveAttribute("href", "#f-participants");
    // Styled like every field's error: the summary's colour, next to what it is about.
    const listError = page.locator("#f-participants");
    await expect(listError).toHaveClass("error");
    await expect(listError).toHaveCSS("color", await link.evaluate((a) => getComputedStyle(a).color));
    await expect(listError).toHaveCSS("font-weight", "600");
    await link.click();
    await expect(page.locator("#f-participants")).toBeFocused();
    await expect(limitSentence).toHaveText("En direktion kan tilmelde højst 2 deltagere, og I har 3 deltagere på. Fjern en af deltagerne for at gå videre.");
    await expectNoAxeViolations(page);
    await screenshot(page, "ui-participant-limit-over");

    // Two fit: the registration goes through.
    await page.getByRole("button", { name: /^Fjern deltager 3/ }).click();
    await expect(page.getByRole("group", { name: /^Deltager \d$/ })).toHaveCount(2);
    await expect(limitSentence).toContainText("I har 2 deltagere på, og det er det højeste antal");
    await next(page);
    await invoiceDetails(page, "5798000000070");
    await next(page);
    await page.getByLabel(/Vi accepterer betingelserne/).check();
    await page.getByRole("button", { name: "Tilmeld direktionen" }).click();
    await expect(page).toHaveURL(/\/min-tilmelding\?ny=1/);

    // Min tilmelding: the sentence instead of "Tilføj deltager", here and on the add page itself.
    const section = page.getByRole("region", { name: "Skive Kommune – Hold 2 – Middelfart" });
    await expect(section.getByRole("link", { name: "Tilføj deltager" })).toHaveCount(0);
    await expect(section.locator("[data-participant-limit]")).toContainText("Direktionen har 2 deltagere, og det er det højeste antal pr. direktion");
    await expectNoAxeViolations(page);
    const { rows } = await testPool().query<{ id: string }>(`SELECT id FROM "Direction" WHERE "municipalityCode" = '0779' AND status <> 'CANCELLED'`);
    const directionId = rows[0]!.id;
    await page.goto(`/min-tilmelding/${directionId}/deltager/ny`);
    await expect(limitSentence).toBeVisible();
    await expect(page.getByRole("button", { name: "Tilføj deltager" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Staff see the same limit on the direction, with the way to change it.
    await staff.page.goto(`/admin/tilmeldinger/${directionId}`);
    await expect(staff.page.getByRole("link", { name: "Tilføj deltager" })).toHaveCount(0);
    await expect(staff.page.locator("[data-participant-limit]").getByRole("link", { name: "Indstillinger" })).toHaveAttribute("href", "/admin/indstillinger");
    await expectNoAxeViolations(staff.page);
    await staff.page.goto(`/admin/tilmeldinger/${directionId}/deltager/ny`);
    await expect(staff.page.locator("[data-participant-limit]")).toBeVisible();
    await expect(staff.page.getByRole("button", { name: "Tilføj deltager" })).toHaveCount(0);
    await expectNoAxeViolations(staff.page);

    // Room again once the limit is raised.
    await setParticipantLimit(staff.page, 8);
    await page.goto("/min-tilmelding");
    await expect(page.getByRole("region", { name: "Skive Kommune – Hold 2 – Middelfart" }).getByRole("link", { name: "Tilføj deltager" })).toBeVisible();
  } finally {
    await testPool().query(`UPDATE "Programme" SET "maxParticipantsPerDirection" = 8`);
    await staff.context.close();
    await director.context.close();
  }
});

test("without JavaScript, an unknown id under /admin and /min-tilmelding is the same Danish 404 page", async ({ browser }) => {
  test.setTimeout(180_000);
  const { rows } = await testPool().query<{ id: string }>(`SELECT d.id FROM "Direction" d JOIN "User" u ON u.id = d."ownerUserId" WHERE u.email = 'direktor@aarhus.demo.dk' LIMIT 1`);
  const own = rows[0]!.id;
  const { rows: others } = await testPool().query<{ id: string }>(`SELECT d.id FROM "Direction" d JOIN "User" u ON u.id = d."ownerUserId" WHERE u.email <> 'direktor@aarhus.demo.dk' LIMIT 1`);
  const cases: [string, string[]][] = [
    ["staff@komponent.demo.dk", ["/admin/tilmeldinger/findes-ikke", "/admin/tilmeldinger/findes-ikke/flyt", "/admin/tilmeldinger/findes-ikke/deltager/ny", "/admin/hold/findes-ikke", "/admin/hold/findes-ikke/venteliste", "/admin/udbakke/findes-ikke", "/admin/fakturaer/findes-ikke/krediter"]],
    // Someone else's direction is not found either (never a hint that it exists).
    ["direktor@aarhus.demo.dk", ["/min-tilmelding/findes-ikke/annuller", `/min-tilmelding/${own}/deltager/findes-ikke/ret`, `/min-tilmelding/${others[0]!.id}/deltager/ny`]],
  ];
  for (const [email, paths] of cases) {
    for (const javaScriptEnabled of [false, true]) {
      const { context, page } = await signedInPage(browser, email, { javaScriptEnabled });
      for (const path of paths) {
        const response = await page.goto(path);
        const where = `${path} with${javaScriptEnabled ? "" : "out"} JavaScript`;
        expect(response?.status(), where).toBe(404);
        await expect(page, where).toHaveURL(path);
        await expect(page, where).toHaveTitle("Siden findes ikke · Kommunestyret 2030");
        await expect(page.locator("html"), where).toHaveAttribute("lang", "da");
        await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" }), where).toBeVisible();
        await expect(page.locator("header"), where).toHaveCount(1);
        if (javaScriptEnabled) await expectNoAxeViolations(page);
      }
      await context.close();
    }
  }
  // A page that exists still renders as itself (the 404 check renders it once more, as the caller).
  const { context, page } = await signedInPage(browser, "direktor@aarhus.demo.dk", { javaScriptEnabled: false });
  expect((await page.goto(`/min-tilmelding/${own}/annuller`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Annullér tilmeldingen?" })).toBeVisible();
  await context.close();
});

test("at 390 px the partner menu starts at the brand's edge, as every header's does", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, "partner@kl.demo.dk", { width: 390 });
  for (const path of ["/partner", "/partner/deltagere"]) {
    await page.goto(path);
    const brand = (await page.locator(".site-header .brand").boundingBox())!;
    const firstLink = (await page.getByRole("navigation", { name: "Partnermenu" }).getByRole("link").first().boundingBox())!;
    // The link's own padding (0.6rem) sits left of its text, which lines up with the brand.
    expect(Math.abs(firstLink.x + 9.6 - brand.x), `${path}: menu indent`).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path}: no sideways scroll`).toBe(0);
    await expectNoAxeViolations(page);
  }
  await context.close();
});

test("at 390 px no page scrolls sideways: wide tables scroll inside their own frame, which the keyboard reaches", async ({ browser }) => {
  test.setTimeout(180_000);
  const { rows } = await testPool().query<{ direction: string; cohort: string }>(
    `SELECT d.id AS direction, d."cohortId" AS cohort FROM "Direction" d JOIN "User" u ON u.id = d."ownerUserId" WHERE u.email = 'direktor@aarhus.demo.dk' LIMIT 1`,
  );
  const { direction, cohort } = rows[0]!;
  const cases: [string, string[]][] = [
    ["staff@komponent.demo.dk", [`/admin/tilmeldinger/${direction}`, "/admin/tilmeldinger", "/admin/fakturaer", "/admin/udbakke", "/admin/brugere", `/admin/hold/${cohort}/deltagerliste`, `/admin/hold/${cohort}/vaerelser`]],
    ["direktor@aarhus.demo.dk", ["/min-tilmelding"]],
  ];
  for (const [email, paths] of cases) {
    const { context, page } = await signedInPage(browser, email, { width: 390 });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${path}: no sideways scroll`).toBe(0);
      for (const frame of await page.locator(".table-wrap").all()) await expect(frame).toHaveAttribute("tabindex", "0");
      await expectNoAxeViolations(page);
    }
    await context.close();
  }
});
