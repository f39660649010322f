import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** Zero WCAG 2.1 A/AA violations on the current page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The form's error summary (GOV.UK pattern): every error of a failed submit, linked to its field. */
export function errorSummary(page: Page) {
  return page.locator("[data-error-summary]");
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
}

/**
 * The app reuses public data (cohorts, seats, its public pages) for up to PUBLIC_PAGE_CACHE_MS
 * after a write it did not make itself. A test that writes to the database directly waits until
 * the page shows the change, as a visitor would after a change made through another instance
 * (never a fixed pause, which a busy machine outruns): it reloads `page` until `shows` is visible.
 */
export async function reloadUntilVisible(page: Page, shows: Locator, timeout = 30_000) {
  await expect(async () => {
    await page.reload();
    await expect(shows).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout });
}
