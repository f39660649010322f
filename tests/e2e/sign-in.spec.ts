import { spawn } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { testPool } from "../support/db";
import { forgetSignInAttempts, signIn, waitForMail } from "./auth";
import { freePort } from "./fault-fixtures";
import { expectNoAxeViolations } from "./helpers";
import { passPasskeyStep, shownRecoveryCodes, virtualAuthenticator } from "./passkeys";
import { sessionCookieFor } from "./sessions";

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
    // Rendered pages carry a fresh nonce; public pages served from the cache name their scripts by hash,
    // or, having none (src/http/script-free-page.ts), allow no inline script at all.
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self'( 'nonce-[^']+' 'strict-dynamic'|( 'sha256-[^']+')+)?;/);
    expect(headers["content-security-policy"], path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    if (path === "/min-tilmelding" || path === "/admin") expect(headers["cache-control"], path).toContain("no-store");
  }
});

// Issue 13: sign-in links cannot be turned against anyone.

/** The callback URL the confirmation page's button opens, from an e-mailed link. */
function callbackUrlOf(link: string, callbackUrl?: string): string {
  const params = new URL(link).searchParams;
  if (callbackUrl !== undefined) params.set("callbackUrl", callbackUrl);
  return `${baseURL}/api/auth/callback/email?${params}`;
}

async function sessionCount(email: string): Promise<number> {
  const { rows } = await testPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`, [email]);
  return rows[0]!.n;
}

test("login CSRF: a crafted callback URL lands on the confirmation page naming the address, and signs no one in", async ({ page, request }) => {
  // The attacker asks for a link to their own address and sends the victim its callback URL.
  const attacker = "angriber.test@viborg.demo.dk";
  const link = await requestLink(page, attacker);
  const crafted = callbackUrlOf(link, "/min-tilmelding");
  await page.context().clearCookies();

  // Opened from a mail or typed (Sec-Fetch-Site: none), and from another site's page (cross-site).
  await page.goto(crafted);
  await expect(page).toHaveURL(/\/log-ind\/bekraeft\?/);
  await expect(page.getByText(`Du er ved at logge ind som ${attacker}`)).toBeVisible();
  await expectNoAxeViolations(page);
  for (const site of ["cross-site", "same-site", "none"]) {
    const response = await request.get(crafted, { headers: { "Sec-Fetch-Site": site }, maxRedirects: 0 });
    expect(response.status(), site).toBe(303);
    expect(response.headers()["location"], site).toMatch(/\/log-ind\/bekraeft\?token=/);
  }
  // next-auth would also take the token from a (cross-site form) POST.
  for (const site of ["cross-site", "same-origin"]) {
    const response = await request.post(crafted, { headers: { "Sec-Fetch-Site": site }, maxRedirects: 0 });
    expect(response.status(), `POST ${site}`).toBe(303);
  }
  expect(await sessionCount(attacker)).toBe(0);
  expect((await page.context().cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);

  // The token is still unused: its owner signs in with the button on the confirmation page.
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/min-tilmelding/);
  expect(await sessionCount(attacker)).toBe(1);
});

test("open redirect: a callbackUrl off our origin gets a Danish 400 page, never a redirect or a 500", async ({ page, request }) => {
  const email = "omdirigering.test@viborg.demo.dk";
  const link = await requestLink(page, email);
  const host = new URL(baseURL).host;
  for (const bad of [`http://${host}@evil.example/`, "https://evil.example/", "//evil.example/", "/\\evil.example", "http://[", `${baseURL}.evil.example/`]) {
    const response = await request.get(callbackUrlOf(link, bad), { headers: { "Sec-Fetch-Site": "same-origin" }, maxRedirects: 0 });
    expect(response.status(), bad).toBe(400);
    expect(await response.text(), bad).toContain("Linket er ugyldigt");
  }
  expect(await sessionCount(email)).toBe(0);
  await page.goto(callbackUrlOf(link, `http://${host}@evil.example/`));
  await expect(page.getByRole("heading", { level: 1, name: "Linket er ugyldigt" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A confirmation page reached with a foreign callbackUrl keeps the person on our site.
  await page.goto(`${link.replace(/callbackUrl=[^&]*/, "")}&callbackUrl=${encodeURIComponent(`http://${host}@evil.example/`)}`);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}/min-tilmelding`));
});

test("without TRUST_PROXY, a client's own X-Forwarded-For does not choose its rate-limit address", async ({ page }) => {
  const email = "forfalsket.ip@viborg.demo.dk";
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.77", "X-Real-IP": "203.0.113.78" });
  await requestLink(page, email);
  const { rows } = await testPool().query<{ ip: string }>(`SELECT ip FROM "SignInAttempt" WHERE email = $1`, [email]);
  expect(rows.map((r) => r.ip)).toHaveLength(1);
  expect(rows[0]!.ip).not.toMatch(/203\.0\.113/);
  expect(rows[0]!.ip).toMatch(/127\.0\.0\.1|::1/);
});

// Issue 13: a second factor for staff.

async function openLinkAndConfirm(page: Page, email: string, back = "/admin") {
  await forgetSignInAttempts(email);
  const since = new Date(Date.now() - 1000);
  await page.goto(`/log-ind?tilbage=${encodeURIComponent(back)}`);
  await page.getByLabel("Din e-mailadresse").fill(email);
  await page.getByRole("button", { name: "Send login-link" }).click();
  await expect(page).toHaveTitle(/Tjek din e-mail/);
  const mail = await waitForMail(email, since, /login/i);
  await page.goto(/https?:\/\/\S+\/log-ind\/bekraeft\?\S+/.exec(mail.text)![0]);
  await page.getByRole("button", { name: "Log ind" }).click();
}

test("staff register a passkey at first sign-in, must use it after the e-mail link, and can fall back on a one-time recovery code", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = `ny.medarbejder.${Date.now()}@komponent.demo.dk`;
  await testPool().query(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $2, 'Ny Medarbejder', 'STAFF', now())`, [`passkey-${Date.now()}`, email]);

  // First sign-in: the e-mail link alone opens nothing; the passkey is created and codes shown once.
  const first = await (await browser.newContext()).newPage();
  await virtualAuthenticator(first);
  await openLinkAndConfirm(first, email);
  await expect(first).toHaveURL(/\/log-ind\/adgangsnoegle\?tilbage=%2Fadmin/);
  await expect(first.getByRole("heading", { level: 1, name: "Opret din adgangsnøgle" })).toBeVisible();
  for (const path of ["/admin", "/admin/fakturaer", "/admin/brugere", "/min-tilmelding"]) {
    const response = await first.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toContain("/log-ind/adgangsnoegle");
  }
  expect((await first.request.get("/admin/fakturaer/eksport", { maxRedirects: 0 })).status()).toBe(401);
  await first.getByRole("button", { name: "Opret adgangsnøgle" }).click();
  await expect(first.getByRole("heading", { name: "Dine gendannelseskoder" })).toBeFocused();
  const codes = await shownRecoveryCodes(first);
  expect(codes).toHaveLength(10);
  expect(new Set(codes).size).toBe(10);
  await expectNoAxeViolations(first);
  const { rows: stored } = await testPool().query<{ codeHash: string }>(`SELECT r."codeHash" FROM "RecoveryCode" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1`, [email]);
  expect(stored).toHaveLength(10);
  for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code);
  await first.getByRole("link", { name: /Jeg har gemt koderne/ }).click();
  await expect(first).toHaveURL(/\/admin$/);
  await expect(first.getByRole("heading", { level: 1 })).toBeVisible();
  // The codes are not shown again.
  await first.goto("/log-ind/adgangsnoegle");
  await expect(first).toHaveURL(/\/admin$/);

  // Next sign-in, in a new browser: the e-mail link is not enough, the passkey is asked for.
  const credentials = (await (await virtualAuthenticator(first)).cdp.send("WebAuthn.getCredentials", { authenticatorId: (await virtualAuthenticator(first)).authenticatorId })) as { credentials: unknown[] };
  expect(credentials.credentials).toHaveLength(1);
  const second = await (await browser.newContext()).newPage();
  await openLinkAndConfirm(second, email);
  await expect(second.getByRole("heading", { level: 1, name: "Bekræft med din adgangsnøgle" })).toBeVisible();
  await expectNoAxeViolations(second);
  // A passkey this browser does not hold is refused with a Danish message.
  await virtualAuthenticator(second);
  await second.getByRole("button", { name: "Log ind med adgangsnøgle" }).click();
  await expect(second.getByRole("alert").filter({ hasText: /Adgangsnøglen/ })).toBeVisible();
  await expect(second).toHaveURL(/\/log-ind\/adgangsnoegle/);

  // A recovery code works once.
  await second.getByLabel("Gendannelseskode").fill(codes[0]!.toLowerCase());
  await second.getByRole("button", { name: "Log ind med gendannelseskode" }).click();
  await expect(second).toHaveURL(/\/admin$/);
  const third = await (await browser.newContext()).newPage();
  await openLinkAndConfirm(third, email);
  await third.getByLabel("Gendannelseskode").fill(codes[0]!);
  await third.getByRole("button", { name: "Log ind med gendannelseskode" }).click();
  await expect(third.getByText("Gendannelseskoden er forkert eller allerede brugt.").first()).toBeVisible();
  await expect(third).toHaveURL(/\/log-ind\/adgangsnoegle/);
  await expectNoAxeViolations(third);
  await Promise.all([first, second, third].map((p) => p.context().close()));
});

test("a colleague resets a staff member's passkeys: audited, signed out, and a new passkey is made at the next sign-in", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const email = `glemsom.${Date.now()}@komponent.demo.dk`;
  const userId = `passkey-reset-${Date.now()}`;
  await testPool().query(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $2, 'Glemsom Medarbejder', 'STAFF', now())`, [userId, email]);
  const own = await (await browser.newContext()).newPage();
  await signIn(own, email, "/admin");
  expect(await sessionCount(email)).toBeGreaterThan(0);

  // Staff may not reset their own (the e-mail link alone would then replace the passkey).
  await signIn(page, "staff@komponent.demo.dk", "/admin/brugere");
  const row = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await expect(row).toContainText("adgangsnøgle oprettet");
  await row.getByRole("link", { name: "Nulstil adgangsnøgle …" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Nulstil ${email}s adgangsnøgle?` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Nulstil adgangsnøgle" }).click();
  await expect(page.getByRole("status")).toContainText("Adgangsnøglerne er nulstillet");
  expect(await sessionCount(email)).toBe(0);
  await page.goto("/admin/log");
  await expect(page.getByText(`nulstillede adgangsnøglerne for ${email}`)).toBeVisible();

  await own.reload();
  await expect(own).toHaveURL(/\/log-ind/);
  await openLinkAndConfirm(own, email);
  await expect(own.getByRole("heading", { level: 1, name: "Opret din adgangsnøgle" })).toBeVisible();
  await own.context().close();
});

test("directors and partners sign in with the e-mail link alone", async ({ page }) => {
  for (const [email, back] of [["direktor@aarhus.demo.dk", "/min-tilmelding"], ["partner@kl.demo.dk", "/partner"]] as const) {
    await page.context().clearCookies();
    await openLinkAndConfirm(page, email, back);
    await expect(page).toHaveURL(new RegExp(`${back}$`));
  }
  // And a staff session that skipped the passkey step is refused staff pages.
  const cookie = await sessionCookieFor("staff@komponent.demo.dk", { secondFactor: false });
  const response = await fetch(`${baseURL}/admin/tilmeldinger`, { headers: { Cookie: cookie }, redirect: "manual" });
  expect(response.status).toBe(307);
  expect(response.headers.get("location")).toContain("/log-ind/adgangsnoegle");
});

// Issue 13: a missing setting fails closed.

/** `next start` on this build with the given environment (nothing inherited but PATH and the database); its exit code and output. */
async function startWith(extraEnv: Record<string, string>, port: number): Promise<{ code: number | null; output: string; devMailbox?: number }> {
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { PATH: process.env.PATH!, NODE_ENV: "production", DATABASE_URL: process.env.DATABASE_URL!, NEXT_TELEMETRY_DISABLED: "1", OUTBOX_WORKER: "off", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const done = await Promise.race([exited.then((code) => ({ code })), new Promise<null>((r) => setTimeout(() => r(null), 500))]);
    if (done) return { code: done.code, output };
    try {
      const response = await fetch(`http://127.0.0.1:${port}/dev/postkasse`);
      if (response.status !== 500) {
        child.kill("SIGTERM");
        await exited;
        return { code: null, output, devMailbox: response.status };
      }
    } catch {}
  }
  child.kill("SIGKILL");
  throw new Error(`next start neither exited nor answered:\n${output}`);
}

test("next start without the production settings refuses to start, naming each; the dev mailbox is the demo's alone", async () => {
  test.setTimeout(240_000);
  // A port nobody holds now: a fixed offset from the test server's may be another run's.
  const port = await freePort();
  // No APP_ENV is production: without secret, SMTP and an https URL it stops with the reason.
  const bare = await startWith({}, port);
  expect(bare.code, bare.output).toBe(1);
  expect(bare.output).toContain("will not start");
  for (const name of ["NEXTAUTH_SECRET", "SMTP_URL", "NEXTAUTH_URL"]) expect(bare.output).toContain(`at ${name}`);
  const plainHttp = await startWith({ NEXTAUTH_SECRET: "x".repeat(40), SMTP_URL: "smtp://127.0.0.1:1", NEXTAUTH_URL: "http://tilmelding.example.dk" }, port);
  expect(plainHttp.code).toBe(1);
  expect(plainHttp.output).toContain("must be the site's public https address");

  // Complete production settings: it runs, and there is no dev mailbox even without APP_ENV.
  const complete = await startWith({ NEXTAUTH_SECRET: "x".repeat(40), SMTP_URL: "smtp://127.0.0.1:1", NEXTAUTH_URL: "https://tilmelding.example.dk" }, port);
  expect(complete.devMailbox, complete.output).toBe(404);
  // The explicit demo flag has it.
  const demo = await startWith({ APP_ENV: "demo", NEXTAUTH_URL: `http://localhost:${port}` }, port);
  expect(demo.devMailbox, demo.output).toBe(200);
});
