// Staff passkeys in the browser tests: Chromium's virtual authenticator (CDP WebAuthn domain)
// stands in for a fingerprint reader. A credential registered in one test is kept (in memory
// and in a file per test database) and put into the next page's authenticator, so a staff
// member signs in with the same passkey across specs, as a person would.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type CDPSession, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

type Credential = { credentialId: string; isResidentCredential: boolean; rpId?: string; privateKey: string; userHandle?: string; signCount: number };
type Authenticator = { cdp: CDPSession; authenticatorId: string };

const authenticators = new WeakMap<Page, Authenticator>();
const store = path.join(os.tmpdir(), `k2030-e2e-passkeys-${createHash("sha256").update(process.env.DATABASE_URL ?? "").digest("hex").slice(0, 12)}.json`);

function saved(): Record<string, Credential[]> {
  return existsSync(store) ? (JSON.parse(readFileSync(store, "utf8")) as Record<string, Credential[]>) : {};
}

/** The page's virtual authenticator (created on first use): user present and verified, as after a fingerprint. */
export async function virtualAuthenticator(page: Page): Promise<Authenticator> {
  const existing = authenticators.get(page);
  if (existing) return existing;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable", { enableUI: false });
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const authenticator = { cdp, authenticatorId };
  authenticators.set(page, authenticator);
  return authenticator;
}

/** On the passkey page after the e-mail link: creates the staff member's passkey the first time, uses it after. */
export async function passPasskeyStep(page: Page, email: string) {
  await expect(page).toHaveURL(/\/log-ind\/adgangsnoegle/);
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/Opret din adgangsnøgle|Bekræft med din adgangsnøgle/);
  await expectNoAxeViolations(page);
  if ((await heading.textContent())?.includes("Opret")) {
    await page.getByRole("button", { name: "Opret adgangsnøgle" }).click();
    await expect(page.getByRole("heading", { name: "Dine gendannelseskoder" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /Jeg har gemt koderne/ }).click();
  } else {
    const { credentials } = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })) as { credentials: Credential[] };
    if (credentials.length === 0) {
      const mine = saved()[email];
      if (!mine?.length) throw new Error(`${email} has a passkey, but no test registered it in this run`);
      for (const credential of mine) await cdp.send("WebAuthn.addCredential", { authenticatorId, credential });
    }
    await page.getByRole("button", { name: "Log ind med adgangsnøgle" }).click();
  }
  await expect(page).not.toHaveURL(/\/log-ind/);
  // Kept after every use: the authenticator's signature counter has moved on, and the server
  // refuses a passkey whose counter goes backwards (a sign of a cloned key).
  const { credentials } = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })) as { credentials: Credential[] };
  writeFileSync(store, JSON.stringify({ ...saved(), [email]: credentials }));
}

/** Recovery codes as the page shows them once after a passkey is created. */
export async function shownRecoveryCodes(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Gendannelseskoder" }).locator("code").allTextContents();
}
