// Runs first (file order): it checks the demo data as `npm start` presents it, before other specs change it.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { testPool } from "../support/db";
import { baseURL } from "../../playwright.config";
import { expectNoAxeViolations, screenshot } from "./helpers";
import { discoverActions, encodeArgs } from "./server-actions";

/** Hold 1's live numbers: other specs register, move and cancel before this one may run. */
async function hold1Counts() {
  const { rows } = await testPool().query<{ directions: number; participants: number; cap: number }>(`
    SELECT (SELECT count(*) FROM "Direction" d WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED')::int AS directions,
           (SELECT count(*) FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId"
             WHERE d."cohortId" = c.id AND d.status = 'CONFIRMED' AND p.status = 'ACTIVE')::int AS participants,
           c."maxParticipants" AS cap
    FROM "Cohort" c WHERE c.slug = 'hold-1'`);
  return rows[0]!;
}

test("landing page presents the programme", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kommunestyret 2030" })).toBeVisible();
  await expect(page.getByText("14.900 kr.").first()).toBeVisible();
  await expect(page.getByText("5–10 direktioner").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Temaer" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, "landing");
});

test("cohort list shows the four demo cohorts with dates, status and seats", async ({ page }) => {
  await page.goto("/hold");
  const cards = page.locator("article.cohort-card");
  await expect(cards).toHaveCount(4);
  const first = cards.filter({ hasText: "Hold 1" });
  await expect(first).toContainText("9.–10. marts 2027");
  await expect(first).toContainText("kl. 12.00 til kl. 12.00 med overnatning");
  const live = await hold1Counts();
  expect(live.directions, "the demo seeds directions on hold 1").toBeGreaterThan(0);
  await expect(first).toContainText(`${live.directions} af 10 direktioner tilmeldt.`);
  if (live.directions < 5) await expect(first).toContainText("Holdet gennemføres ved 5.");
  // The words count what the bar fills with (taken), then what is free.
  await expect(first).toContainText(`${live.participants} af ${live.cap} deltagerpladser optaget. ${live.cap - live.participants} pladser ledige.`);
  await expect(first.getByText("Åben", { exact: true })).toBeVisible();
  const fourth = cards.filter({ hasText: "Hold 4" });
  await expect(fourth).toContainText("Datoer annonceres snarest");
  await expectNoAxeViolations(page);
  await screenshot(page, "cohort-list");
});

test("cohort page shows the 12-12 programme, venues and the way to register", async ({ page }) => {
  await page.goto("/hold/hold-1");
  await expect(page.getByRole("heading", { level: 1, name: "Hold 1 – Kolding" })).toBeVisible();
  await expect(page.getByText("tirsdag den 9. marts 2027 kl. 12.00")).toBeVisible();
  await expect(page.getByText("onsdag den 10. marts 2027 kl. 12.00")).toBeVisible();
  await expect(page.getByText("Fjordvej 154")).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilmeld jeres direktion" })).toHaveAttribute("href", "/tilmelding?hold=hold-1");
  await expectNoAxeViolations(page);
  await screenshot(page, "cohort-page");
});

test("unknown pages get a Danish 404", async ({ page }) => {
  const response = await page.goto("/hold/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a public page served from the cache names each of its inline scripts by hash, and its scripts still run", async ({ page, request }) => {
  // The first request may render; the next ones come from the cache (src/http/public-page-cache.ts).
  // Hold 4 has no dates yet: its "Giv mig besked" form is a client component, so the page keeps its scripts.
  await request.get("/hold/hold-4");
  const response = await request.get("/hold/hold-4");
  const csp = response.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc, "no nonce can be fresh on a stored page").not.toContain("nonce-");
  expect(scriptSrc).not.toContain("unsafe-inline");
  const listed = new Set([...scriptSrc.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]));
  const inline = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ""))
    .map(([, , body]) => `sha256-${createHash("sha256").update(body ?? "").digest("base64")}`);
  expect(inline.length, "Next inlines its page data").toBeGreaterThan(0);
  for (const hash of inline) expect([...listed]).toContain(hash);

  // In the browser no script is refused: the page hydrates (React's fiber on its elements),
  // which a page whose inline scripts were blocked cannot do.
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) refused.push(message.text());
  });
  const document = await page.goto("/hold/hold-4");
  expect((await document?.allHeaders())?.["content-security-policy"]).toContain("sha256-");
  // React hydrates only with the page data from the inline scripts: a blocked script leaves the link bare.
  const link = page.getByRole("navigation", { name: "Brødkrummesti" }).getByRole("link", { name: "Hold og datoer" });
  await expect.poll(() => link.evaluate((a) => Object.keys(a).some((key) => key.startsWith("__reactFiber")))).toBe(true);
  expect(refused).toEqual([]);
  // Public pages link with plain <a>: a click is an ordinary page load, with no client router payload.
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Hold og datoer" })).toBeVisible();
  expect(refused).toEqual([]);
});

test("a public page that needs no script is served from the cache without any, and looks and works the same", async ({ page, request }) => {
  for (const path of ["/", "/hold", "/hold/hold-1", "/privatliv", "/tilgaengelighed"]) {
    await request.get(path);
    const response = await request.get(path);
    const html = await response.text();
    expect(html.match(/<script\b/gi) ?? [], path).toEqual([]);
    expect(html, path).not.toMatch(/<link[^>]*(modulepreload|as="script")/);
    expect(html, path).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
    // No inline script is allowed at all, and nothing else in the policy changes.
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp.split(";").map((d) => d.trim()).filter((d) => d.startsWith("script-src")), path).toEqual(["script-src 'self'"]);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    // The pages read no query parameter: a link with tracking parameters gets the same cached page.
    const tracked = await request.get(`${path}?utm_source=nyhedsbrev&utm_medium=mail`);
    expect(await tracked.text(), `${path} with a query`).toBe(html);
  }
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/hold/hold-1");
  await expect(page).toHaveTitle("Hold 1 – Kolding · Kommunestyret 2030");
  // Styled as before: the stylesheet applies (the header's background is not the browser's default).
  expect(await page.locator(".site-header").evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  await page.getByRole("link", { name: "Gå til indhold" }).focus();
  await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
  await page.getByRole("navigation", { name: "Brødkrummesti" }).getByRole("link", { name: "Hold og datoer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hold og datoer" })).toBeVisible();
  await page.locator("article.cohort-card").filter({ hasText: "Hold 2" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Hold 2/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(scripts).toEqual([]);
});

test("pages are sent compressed, Server Action answers are not", async () => {
  const page = await fetch(`${baseURL}/hold`, { headers: { "Accept-Encoding": "gzip" } });
  expect(page.headers.get("content-encoding")).toBe("gzip");

  // Signed out, the registration form's step is refused with what was typed kept: a sizeable answer.
  const action = discoverActions().find((a) => a.name === "registrationAction")!;
  const answer = await fetch(`${baseURL}${action.page}`, {
    method: "POST",
    headers: { "Next-Action": action.id, Origin: baseURL, "Accept-Encoding": "gzip" },
    body: encodeArgs(action, [["step", "kommune"], ["contactName", "Mette Holm ".repeat(200)]]),
  });
  expect(answer.status).toBe(200);
  expect(answer.headers.get("content-encoding")).toBeNull();
  // Above Next's 1 kB threshold: only the proxy's choice leaves it uncompressed.
  expect((await answer.text()).length).toBeGreaterThan(1024);
});
