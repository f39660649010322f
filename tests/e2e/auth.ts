import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { passPasskeyStep } from "./passkeys";
import { testPool } from "../support/db";

type SinkMessage = { to: string[]; subject: string; text: string; receivedAt: string };

export function sinkUrl(path = "/messages"): string {
  return `http://127.0.0.1:${process.env.SMTP_SINK_HTTP_PORT}${path}`;
}

/** Mail the sink has received for `to` since `since`, newest last. */
export async function mailTo(to: string, since: Date): Promise<SinkMessage[]> {
  const response = await fetch(sinkUrl());
  const messages = (await response.json()) as SinkMessage[];
  return messages.filter((m) => m.to.includes(to) && new Date(m.receivedAt) >= since);
}

/** Waits for a mail to `to` (received after `since`) whose subject matches, and returns it. */
export async function waitForMail(to: string, since: Date, subject: RegExp): Promise<SinkMessage> {
  let found: SinkMessage | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(to, since)).filter((m) => subject.test(m.subject)).at(-1);
        return found !== undefined;
      },
      { timeout: 15_000, message: `no mail to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/**
 * Signs in through the real magic-link flow: ask for a link, read it from the SMTP sink,
 * open the confirmation page and press "Log ind"; staff then pass the passkey step with
 * Chromium's virtual authenticator (./passkeys.ts). Checks accessibility on each page.
 */
export async function signIn(page: Page, email: string, back = "/min-tilmelding") {
  await forgetSignInAttempts(email);
  const since = new Date(Date.now() - 1000);
  await page.goto(`/log-ind?tilbage=${encodeURIComponent(back)}`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Din e-mailadresse").fill(email);
  await page.getByRole("button", { name: "Send login-link" }).click();
  await expect(page).toHaveURL(/\/log-ind\/tjek-mail/);
  // The URL changes before the new page's <title> is in place; axe would flag a missing title.
  await expect(page).toHaveTitle(/Tjek din e-mail/);
  await expectNoAxeViolations(page);
  const mail = await waitForMail(email, since, /login/i);
  const link = /https?:\/\/\S+\/log-ind\/bekraeft\?\S+/.exec(mail.text)?.[0];
  expect(link, "sign-in link in the mail").toBeTruthy();
  await page.goto(link!);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Log ind" }).click();
  const { rows } = await testPool().query<{ role: string }>(`SELECT role::text FROM "User" WHERE lower(email) = lower($1)`, [email]);
  if (rows[0]?.role === "STAFF") await passPasskeyStep(page, email);
  await expect(page).not.toHaveURL(/\/log-ind/);
}

/**
 * The suite signs the same demo people in far more often than the per-address limit (5 in 15
 * minutes) lets one person; each journey starts as if that person had not asked for a link lately.
 * The limit itself is tested in tests/integration/sign-in.test.ts.
 */
export async function forgetSignInAttempts(email: string) {
  await testPool().query(`DELETE FROM "SignInAttempt" WHERE lower(email) = lower($1)`, [email]);
}
