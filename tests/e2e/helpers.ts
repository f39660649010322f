import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
 * after a write it did not make itself. A test that writes to the database directly waits that
 * out, as a visitor would after a change made through another instance.
 */
export async function waitOutPublicCache() {
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.PUBLIC_PAGE_CACHE_MS ?? 1000) + 200));
}
