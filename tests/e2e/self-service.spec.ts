import { expect, test } from "@playwright/test";
import { errorSummary, expectNoAxeViolations, screenshot } from "./helpers";
import { signIn, waitForMail } from "./auth";

// Uses only Aarhus's direction on Hold 1 (demo seed: 4 participants, owned by this director).
const DIRECTOR = "direktor@aarhus.demo.dk";

test("a director sees the registration, corrects a participant and replaces another", async ({ page }) => {
  // Many pages with axe on each: over a minute on a loaded machine.
  test.setTimeout(180_000);
  await signIn(page, DIRECTOR);
  await expect(page).toHaveURL(/\/min-tilmelding/);
  await expect(page.getByRole("heading", { level: 1, name: "Min tilmelding" })).toBeVisible();
  const section = page.getByRole("region", { name: "Aarhus Kommune – Hold 1 – Kolding" });
  await expect(section).toBeVisible();
  await expect(section.getByText("Bekræftet", { exact: true })).toBeVisible();
  await expect(section.getByText("Deltagere (4)")).toBeVisible();
  const participants = section.getByRole("table").first().locator("tbody tr");
  await expect(participants).toHaveCount(4);
  await expect(section).toContainText("tirsdag den 9. marts 2027 kl. 12.00");
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "self-service-overview");

  // Correct a job title; first with bad input, which must be explained in Danish and keep what was typed.
  await section.getByRole("link", { name: "Ret oplysninger for Peter Dahl" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ret oplysninger for Peter Dahl" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Stilling", { exact: true }).fill("Direktør for Teknik, Miljø og Klima");
  await page.getByLabel("Navn", { exact: true }).fill("");
  await page.getByLabel("E-mail", { exact: true }).fill("peter.dahl@aarhus");
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  // The error summary lists both errors as links to their fields and takes focus; each field says it too.
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link")).toHaveText(["Skriv deltagerens navn.", "Skriv én gyldig e-mailadresse, fx navn@kommune.dk."]);
  await expect(page.locator("#f-name-error")).toHaveText("Skriv deltagerens navn.");
  await expect(page.locator("#f-email-error")).toHaveText("Skriv én gyldig e-mailadresse, fx navn@kommune.dk.");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Stilling", { exact: true })).toHaveValue("Direktør for Teknik, Miljø og Klima");
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("peter.dahl@aarhus");
  await expectNoAxeViolations(page);
  await screenshot(page, "self-service-edit-error");

  await page.getByLabel("Navn", { exact: true }).fill("Peter Dahl");
  await page.getByLabel("E-mail", { exact: true }).fill("deltager4@aarhus.demo.dk");
  await page.getByRole("button", { name: "Gem ændringer" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding\?besked=rettet/);
  await expect(page.getByText("Deltagerens oplysninger er rettet.")).toBeVisible();
  await expect(section.getByRole("row", { name: /Peter Dahl/ })).toContainText("Direktør for Teknik, Miljø og Klima");
  await expect(section.locator(".self-service-history")).toContainText("Du rettede oplysningerne for Peter Dahl: stilling");
  await expectNoAxeViolations(page);

  // Replace a participant with a colleague: same number of participants, welcome mail to the new one.
  const since = new Date(Date.now() - 1000);
  await section.getByRole("link", { name: "Erstat Lise Holm med en anden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Erstat Lise Holm" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Navn", { exact: true }).fill("Sofie Kjær");
  await page.getByLabel("Stilling", { exact: true }).fill("Konstitueret direktør for Sundhed og Omsorg");
  await page.getByLabel("Fagområde", { exact: true }).selectOption({ label: "Social og sundhed" });
  await page.getByLabel("E-mail", { exact: true }).fill("sofie.kjaer@aarhus.demo.dk");
  await page.getByRole("button", { name: "Erstat deltageren" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding\?besked=erstattet/);
  await expect(participants).toHaveCount(4);
  // Overnight stay is ticked by default and must arrive as such.
  await expect(section.getByRole("row", { name: /Sofie Kjær/ })).toContainText("Ja");
  await expect(section.getByRole("row", { name: /Lise Holm/ })).toHaveCount(0);
  await expect(section.locator(".self-service-history")).toContainText("Du erstattede Lise Holm med Sofie Kjær.");
  await expectNoAxeViolations(page);
  await screenshot(page, "self-service-after-substitution");
  const welcome = await waitForMail("sofie.kjaer@aarhus.demo.dk", since, /Du er tilmeldt Hold 1/);
  expect(welcome.text).toContain("i stedet for Lise Holm");
});

test("a director adds a participant and removes them again through a page that says what will happen", async ({ page }) => {
  await signIn(page, DIRECTOR);
  const section = page.getByRole("region", { name: "Aarhus Kommune – Hold 1 – Kolding" });
  const participants = section.getByRole("table").first().locator("tbody tr");
  await expect(participants).toHaveCount(4);

  await section.getByRole("link", { name: "Tilføj deltager" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilføj deltager" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Navn", { exact: true }).fill("Mikkel Brandt");
  await page.getByLabel("Stilling", { exact: true }).fill("Direktør for Beskæftigelse");
  await page.getByLabel("Fagområde", { exact: true }).selectOption({ label: "Økonomi, HR og andet" });
  await page.getByLabel("E-mail", { exact: true }).fill("mikkel.brandt@aarhus.demo.dk");
  await page.getByLabel("Kostbehov (valgfrit)", { exact: true }).fill("Vegetar");
  // Dietary needs are health data: without consent they are refused, and nothing typed is lost.
  await page.getByRole("button", { name: "Tilføj deltager" }).click();
  await expect(page.locator("#f-dietaryConsent-error")).toContainText("sæt kryds for samtykke");
  await expect(errorSummary(page).getByRole("link", { name: /sæt kryds for samtykke/ })).toHaveAttribute("href", "#f-dietaryConsent");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Mikkel Brandt");
  await expect(page.getByLabel("Kostbehov (valgfrit)", { exact: true })).toHaveValue("Vegetar");
  await expectNoAxeViolations(page);
  await page.getByRole("checkbox", { name: /samtykke til, at kostbehovet gemmes/ }).check();
  await page.getByRole("button", { name: "Tilføj deltager" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding\?besked=tilfoejet/);
  await expect(participants).toHaveCount(5);
  await expectNoAxeViolations(page);

  await section.getByRole("link", { name: "Afmeld Mikkel Brandt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Afmeld Mikkel Brandt?" })).toBeVisible();
  await expect(page.getByText("Pladsen bliver ledig og tilbydes den første direktion på ventelisten")).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "self-service-remove-confirmation");
  // Regret first: nothing changes.
  await page.getByRole("link", { name: "Fortryd" }).click();
  await expect(participants).toHaveCount(5);
  await section.getByRole("link", { name: "Afmeld Mikkel Brandt" }).click();
  await page.getByRole("button", { name: "Ja, afmeld Mikkel Brandt" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding\?besked=afmeldt/);
  await expect(participants).toHaveCount(4);
  await expect(section.locator(".self-service-history")).toContainText(/Du afmeldte deltageren Mikkel Brandt[.,]/);
  await expectNoAxeViolations(page);
});
