import { expect, test } from "@playwright/test";
import { testPool } from "../support/db";
import { waitForMail } from "./auth";
import { expectNoAxeViolations } from "./helpers";

async function requestLink(page: import("@playwright/test").Page, email: string) {
  const since = new Date(Date.now() - 1000);
  await page.goto("/log-ind");
  await page.getByLabel("Din e-mailadresse").fill(email);
  await page.getByRole("button", { name: "Send login-link" }).click();
  await expect(page).toHaveTitle(/Tjek din e-mail/);
  const mail = await waitForMail(email, since, /login/i);
  return /https?:\/\/\S+\/log-ind\/bekraeft\?\S+/.exec(mail.text)![0];
}

test("a link scanner's GET does not use the token; the person's click does, once", async ({ page, request }) => {
  const link = await requestLink(page, "scanner.test@viborg.demo.dk");
  // What Microsoft Safe Links does: fetch the link (several times) before the person clicks.
  for (let i = 0; i < 3; i++) expect((await request.get(link)).status()).toBe(200);

  await page.goto(link);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding/);

  // Reusing the same link fails, with a Danish explanation.
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/log-ind\/fejl/);
  await expect(page.getByRole("heading", { name: "Linket virker ikke længere" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an expired link is refused", async ({ page }) => {
  const link = await requestLink(page, "udloebet.test@viborg.demo.dk");
  await testPool().query(`UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1`, ["udloebet.test@viborg.demo.dk"]);
  await page.goto(link);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/log-ind\/fejl/);
});

test("the answer is the same for known and unknown addresses", async ({ page }) => {
  for (const email of ["direktor@aarhus.demo.dk", "findes.ikke@viborg.demo.dk"]) {
    await page.goto("/log-ind");
    await page.getByLabel("Din e-mailadresse").fill(email);
    await page.getByRole("button", { name: "Send login-link" }).click();
    await expect(page).toHaveTitle(/Tjek din e-mail/);
    await expect(page.getByRole("status")).toContainText(`Vi har sendt et login-link til ${email}`);
  }
});

test("security headers are on every page, and personal pages are not cached", async ({ request }) => {
  for (const path of ["/", "/hold", "/log-ind", "/min-tilmelding", "/admin"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    // Rendered pages carry a fresh nonce; public pages served from the cache name their scripts by hash.
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' ('nonce-[^']+' 'strict-dynamic'|'sha256-[^']+'( 'sha256-[^']+')*);/);
    expect(headers["content-security-policy"], path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    if (path === "/min-tilmelding" || path === "/admin") expect(headers["cache-control"], path).toContain("no-store");
  }
});
