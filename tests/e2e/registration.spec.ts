import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signIn, waitForMail } from "./auth";
import { errorSummary, expectNoAxeViolations, reloadUntilVisible, screenshot } from "./helpers";

// Municipalities and cohorts used only by this file: Vejle 0630, Horsens 0615, Randers 0730 on
// hold-2 and hold-3; hold-3 is filled with the codes 0101–0165 straight in the database.

type Attachment = { filename: string; contentType: string; contentBase64: string };

async function fillParticipant(page: Page, index: number, p: { name: string; jobTitle: string; field: string; email: string }) {
  const group = page.getByRole("group", { name: `Deltager ${index}` });
  await group.getByLabel("Navn", { exact: true }).fill(p.name);
  await group.getByLabel("Stilling", { exact: true }).fill(p.jobTitle);
  await group.getByLabel("Fagområde", { exact: true }).selectOption(p.field);
  await group.getByLabel("E-mail", { exact: true }).fill(p.email);
}

async function fillContact(page: Page, name: string) {
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("Stilling", { exact: true }).fill("Kommunaldirektør");
  await page.getByLabel("Telefon", { exact: true }).fill("12 34 56 78");
}

async function fillInvoice(page: Page, { ean, cvr }: { ean: string; cvr: string }) {
  await page.getByLabel("EAN-nummer").fill(ean);
  await page.getByLabel("CVR-nummer").fill(cvr);
  await page.getByLabel("Ordre- eller rekvisitionsnummer").fill("REK-2030");
  await page.getByLabel("Personreference").fill("Direktionssekretariatet");
  await page.getByLabel("Adresse").fill("Rådhustorvet 1");
  await page.getByLabel("Postnummer").fill("7100");
  await page.getByLabel("By", { exact: true }).fill("Testby");
}

const next = (page: Page) => page.getByRole("button", { name: "Næste", exact: true }).click();

test("a new director registers four participants on hold 2 and gets the confirmation with calendar files", async ({ page }) => {
  // Five steps with axe on each: over a minute on a loaded machine.
  test.setTimeout(180_000);
  const email = "direktor@vejle.demo.dk";
  await signIn(page, email, "/tilmelding?hold=hold-2");
  const since = new Date();

  await expect(page).toHaveURL(/\/tilmelding\?hold=hold-2/);
  await expect(page.getByRole("heading", { level: 1, name: "Tilmeld jeres direktion" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Hold 2 – Middelfart/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await next(page);

  // Step 2: the searchable municipality list; the contact e-mail is the signed-in address.
  await expect(page.getByRole("heading", { name: "Kommune og kontaktperson" })).toBeVisible();
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue(email);
  await page.getByLabel("Søg efter kommune").fill("Vejl");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page.getByText(/Viser 1 af 98 kommuner/)).toBeVisible();
  await expect(page.getByLabel("Kommune", { exact: true })).toHaveValue("0630");
  await fillContact(page, "Vibeke Vejle");
  await expectNoAxeViolations(page);
  await next(page);

  // Step 3: rows are added by the server; bad input is shown next to the field and kept.
  await expect(page.getByRole("heading", { name: "Deltagere" })).toBeVisible();
  await fillParticipant(page, 1, { name: "Vibeke Vejle", jobTitle: "Kommunaldirektør", field: "MUNICIPAL_DIRECTOR", email: "vibeke@vejle.demo.dk" });
  for (let i = 2; i <= 4; i++) await page.getByRole("button", { name: "Tilføj deltager" }).click();
  await expect(page.getByRole("group", { name: /^Deltager \d$/ })).toHaveCount(4);
  await fillParticipant(page, 2, { name: "Bo Børn", jobTitle: "Børne- og kulturdirektør", field: "CHILDREN_CULTURE", email: "bo@vejle" });
  await fillParticipant(page, 3, { name: "Sara Social", jobTitle: "Social- og sundhedsdirektør", field: "SOCIAL_HEALTH", email: "sara@vejle.demo.dk" });
  // Optional fields are folded until needed.
  await page.getByRole("group", { name: "Deltager 3" }).getByText("Telefon, kostbehov, tilgængelighed og netværk").click();
  await page.getByRole("group", { name: "Deltager 3" }).getByLabel(/^Kostbehov/).fill("Glutenfri");
  await fillParticipant(page, 4, { name: "Tage Teknik", jobTitle: "Teknik- og miljødirektør", field: "TECHNICAL_ENVIRONMENT", email: "tage@vejle.demo.dk" });
  await next(page);
  const second = page.getByRole("group", { name: "Deltager 2" });
  await expect(second.getByText("Skriv én gyldig e-mailadresse, fx navn@kommune.dk.")).toBeVisible();
  await expect(second.getByLabel("E-mail", { exact: true })).toHaveValue("bo@vejle");
  await expect(second.getByLabel("Navn", { exact: true })).toHaveValue("Bo Børn");
  const third = page.getByRole("group", { name: "Deltager 3" });
  await expect(third.getByText(/Kostbehov kan være helbredsoplysninger: sæt kryds for samtykke/)).toBeVisible();
  await expect(third.getByLabel(/^Kostbehov/)).toHaveValue("Glutenfri");
  await expect(errorSummary(page).getByRole("link")).toHaveText([
    "Deltager 2: Skriv én gyldig e-mailadresse, fx navn@kommune.dk.",
    /^Deltager 3: Kostbehov kan være helbredsoplysninger/,
  ]);
  await expectNoAxeViolations(page);
  await screenshot(page, "registration-participant-errors");
  await second.getByLabel("E-mail", { exact: true }).fill("bo@vejle.demo.dk");
  await third.getByLabel(/samtykke til, at kostbehovet gemmes/).check();
  await next(page);

  // Step 4: invalid EAN and CVR are explained in Danish and kept.
  await expect(page.getByRole("heading", { name: "Fakturering" })).toBeVisible();
  await expect(page.getByLabel("Fakturamodtager")).toHaveValue("Vejle Kommune");
  await fillInvoice(page, { ean: "5798000000019", cvr: "12345678" });
  await next(page);
  await expect(errorSummary(page).getByRole("link")).toHaveText(["EAN-nummeret skal være 13 cifre med gyldigt kontrolciffer.", "CVR-nummeret skal være 8 cifre og gyldigt."]);
  await expect(page.locator("#f-ean-error")).toHaveText("EAN-nummeret skal være 13 cifre med gyldigt kontrolciffer.");
  await expect(page.locator("#f-cvr-error")).toHaveText("CVR-nummeret skal være 8 cifre og gyldigt.");
  await expect(page.getByLabel("EAN-nummer")).toHaveValue("5798000000019");
  await expect(page.getByLabel("CVR-nummer")).toHaveValue("12345678");
  await expect(page.getByLabel("Ordre- eller rekvisitionsnummer")).toHaveValue("REK-2030");
  await expectNoAxeViolations(page);
  await fillInvoice(page, { ean: "5798000000025", cvr: "55133018" });
  await next(page);

  // Step 5: price in øre-exact Danish format, terms, privacy, consent.
  await expect(page.getByRole("heading", { name: "Godkend og tilmeld" })).toBeVisible();
  const price = page.getByRole("table");
  await expect(price.getByRole("row", { name: /Pris pr\. deltager/ })).toContainText("14.900,00 kr.");
  await expect(price.getByRole("row", { name: /Antal deltagere/ })).toContainText("4");
  await expect(price.getByRole("row", { name: /I alt ekskl\. moms/ })).toContainText("59.600,00 kr.");
  await expect(price.getByRole("row", { name: /Moms 25 %/ })).toContainText("14.900,00 kr.");
  await expect(price.getByRole("row", { name: /I alt inkl\. moms/ })).toContainText("74.500,00 kr.");
  await expect(page.getByText(/Afmelding er gratis indtil 6 uger/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "privatlivspolitik" })).toHaveAttribute("href", "/privatliv");
  await expectNoAxeViolations(page);
  await screenshot(page, "registration-review");
  await page.getByRole("button", { name: "Tilmeld direktionen" }).click();
  await expect(page.getByText("Sæt kryds for at acceptere betingelserne.").first()).toBeVisible();
  await page.getByLabel(/Vi accepterer betingelserne/).check();
  await page.getByRole("button", { name: "Tilmeld direktionen" }).click();

  await expect(page).toHaveURL(/\/min-tilmelding\?ny=1/);
  await expect(page.getByText("Tak for tilmeldingen.")).toBeVisible();
  await expectNoAxeViolations(page);

  const confirmation = (await waitForMail(email, since, /Tilmelding bekræftet: Hold 2/)) as unknown as { text: string; attachments: Attachment[] };
  expect(confirmation.text).toContain("I alt inkl. moms: 74.500,00 kr.");
  const ics = confirmation.attachments.find((a) => a.filename.endsWith(".ics"));
  expect(ics?.contentType).toMatch(/text\/calendar/);
  const calendar = Buffer.from(ics!.contentBase64, "base64").toString("utf8");
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(calendar).toContain("DTSTART:20270420T100000Z");
  const welcome = (await waitForMail("sara@vejle.demo.dk", since, /Velkommen til Hold 2/)) as unknown as { attachments: Attachment[] };
  expect(welcome.attachments.some((a) => a.filename.endsWith(".ics"))).toBe(true);
});

/** Fills hold-3 to its direction cap (10 confirmed) with municipalities no other spec uses. */
async function fillHold3() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const codes = ["0101", "0147", "0151", "0153", "0155", "0157", "0159", "0161", "0163", "0165"];
    const { rows } = await client.query<{ id: string; programmeId: string }>(`SELECT id, "programmeId" FROM "Cohort" WHERE slug = 'hold-3'`);
    const cohort = rows[0]!;
    for (const code of codes) {
      const directionId = `e2e-hold3-${code}`;
      const inserted = await client.query(
        `INSERT INTO "Direction" (id, "programmeId", "cohortId", "municipalityCode", status, "contactName", "contactEmail", ean, cvr, "orderNumber",
           "personReference", "billingName", "billingStreet", "billingPostalCode", "billingCity", "idempotencyKey", "termsAcceptedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'CONFIRMED', 'E2E', $5, '5798000000018', '55133018', 'E2E', 'E2E', 'E2E Kommune', 'Vej 1', '1000', 'By', $1, now(), now())
         ON CONFLICT ("idempotencyKey") DO NOTHING`,
        [directionId, cohort.programmeId, cohort.id, code, `kontakt-${code}@e2e.demo.dk`],
      );
      if (inserted.rowCount === 0) continue;
      for (let i = 1; i <= 3; i++) {
        await client.query(
          `INSERT INTO "Participant" (id, "directionId", name, "jobTitle", field, email, "networkToken", "updatedAt")
           VALUES ($1, $2, $3, 'Direktør', 'MUNICIPAL_DIRECTOR', $4, $1, now())`,
          [`${directionId}-p${i}`, directionId, `Deltager ${code}-${i}`, `d${i}-${code}@e2e.demo.dk`],
        );
      }
    }
  } finally {
    await client.end();
  }
}

test("a full cohort offers the waiting list and the cohorts with room, never a silent waiting list", async ({ page }) => {
  await fillHold3();
  const email = "direktor@horsens.demo.dk";
  await signIn(page, email, "/tilmelding?hold=hold-3");
  const since = new Date();

  const hold3 = page.getByRole("radio", { name: /Hold 3 – Skanderborg/ });
  await expect(hold3).toBeChecked();
  // The directions were written straight to the database: the page says so once its cached seats expire.
  await reloadUntilVisible(page, page.getByText("Holdet er fuldt – I kan skrives på venteliste."));
  await expectNoAxeViolations(page);
  await next(page);
  await page.getByLabel("Kommune", { exact: true }).selectOption("0615");
  await fillContact(page, "Henrik Horsens");
  await next(page);
  await fillParticipant(page, 1, { name: "Henrik Horsens", jobTitle: "Kommunaldirektør", field: "MUNICIPAL_DIRECTOR", email: "henrik@horsens.demo.dk" });
  await next(page);
  await fillInvoice(page, { ean: "5798000000032", cvr: "55133018" });
  await next(page);
  await expect(page.getByText(/Holdet er fuldt lige nu/)).toBeVisible();
  await page.getByLabel(/Vi accepterer betingelserne/).check();
  await page.getByRole("button", { name: "Tilmeld direktionen" }).click();

  await expect(page.getByText(/Holdet er fuldt – vil I på venteliste \(plads nr\. \d+\)\?/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Tilmeld os på Hold 2 – Middelfart" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "registration-full-cohort-choice");
  await page.getByRole("button", { name: /Ja, skriv os på ventelisten/ }).click();

  await expect(page).toHaveURL(/\/min-tilmelding\?ny=1/);
  await expectNoAxeViolations(page);
  const mail = await waitForMail(email, since, /I står på venteliste til Hold 3/);
  expect(mail.text).toMatch(/ventelisten som nr\. \d+/);
});

test("without JavaScript every step works as plain form posts, including search, adding and removing rows", async ({ page: signedInPage, browser }) => {
  const email = "direktor@randers.demo.dk";
  // axe needs JavaScript, so sign-in (checked with axe) happens first; the same session then browses without it.
  await signIn(signedInPage, email, "/tilmelding?hold=hold-2");
  await expectNoAxeViolations(signedInPage);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedInPage.context().storageState() });
  const page = await context.newPage();
  // Under Referrer-Policy no-referrer the browser posts these forms with `Origin: null`.
  const postOrigins: Promise<string | undefined>[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") postOrigins.push(request.allHeaders().then((headers) => headers["origin"]));
  });
  try {
    await page.goto("/tilmelding?hold=hold-2");
    await expect(page.getByRole("radio", { name: /Hold 2 – Middelfart/ })).toBeChecked();
    await next(page);
    await page.getByLabel("Søg efter kommune").fill("rander");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await expect(page.getByLabel("Kommune", { exact: true })).toHaveValue("0730");
    await fillContact(page, "Rikke Randers");
    await next(page);
    await fillParticipant(page, 1, { name: "Rikke Randers", jobTitle: "Kommunaldirektør", field: "MUNICIPAL_DIRECTOR", email: "rikke@randers.demo.dk" });
    await page.getByRole("button", { name: "Tilføj deltager" }).click();
    await fillParticipant(page, 2, { name: "Fjernes Igen", jobTitle: "Direktør", field: "SOCIAL_HEALTH", email: "fjern@randers.demo.dk" });
    await page.getByRole("button", { name: "Tilføj deltager" }).click();
    await expect(page.getByRole("group", { name: /^Deltager \d$/ })).toHaveCount(3);
    await page.getByRole("button", { name: "Fjern deltager 2" }).click();
    await expect(page.getByRole("group", { name: /^Deltager \d$/ })).toHaveCount(2);
    await expect(page.getByRole("group", { name: "Deltager 1" }).getByLabel("Navn", { exact: true })).toHaveValue("Rikke Randers");
    await fillParticipant(page, 2, { name: "Rasmus Randers", jobTitle: "Økonomidirektør", field: "FINANCE_HR_OTHER", email: "rasmus@randers.demo.dk" });
    await expect(page.getByRole("group", { name: "Deltager 2" }).getByLabel("Overnatter på seminaret")).toBeChecked();
    await next(page);
    await fillInvoice(page, { ean: "5798000000049", cvr: "55133018" });
    await next(page);
    await expect(page.getByRole("table").getByRole("row", { name: /I alt inkl\. moms/ })).toContainText("37.250,00 kr.");
    await page.getByLabel(/Vi accepterer betingelserne/).check();
    await page.getByRole("button", { name: "Tilmeld direktionen" }).click();
    await expect(page).toHaveURL(/\/min-tilmelding\?ny=1/);
    await expect(page.getByText("Tak for tilmeldingen.")).toBeVisible();
    expect(new Set(await Promise.all(postOrigins))).toEqual(new Set(["null"]));
  } finally {
    await context.close();
  }
});
