import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedPage, isCacheable, isCacheFill, publicPagesChanged, FILL_HEADER } from "@/http/public-page-cache";

// A stand-in for the app: the cache fills itself over loopback HTTP, as it does from the proxy.
const INLINE = "self.__next_f.push([1,\"Hold 1\"])";
const renders: string[] = [];
let fillHeaders: (string | undefined)[] = [];
let status = 200;
// A page with a form keeps its scripts in the cache; one without is stored without them.
let form = "<form></form>";
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    renders.push(request.url ?? "");
    fillHeaders.push(request.headers[FILL_HEADER] as string | undefined);
    setTimeout(() => {
      response.writeHead(status, { "content-type": "text/html; charset=utf-8", vary: "rsc" });
      response.end(`<html><body><h1>${request.url} #${renders.length}</h1>${form}<script src="/_next/static/a.js" async=""></script><script>${INLINE}</script></body></html>`);
    }, 20);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  renders.length = 0;
  fillHeaders = [];
  status = 200;
  form = "<form></form>";
  process.env.PUBLIC_PAGE_CACHE_MS = "1000";
});

const text = (body: Uint8Array | null | undefined) => Buffer.from(body ?? new Uint8Array()).toString("utf8");

describe("public page cache", () => {
  it("renders once for a crowd, and names the inline script (not the external one) by its hash", async () => {
    const entries = await Promise.all(Array.from({ length: 20 }, () => cachedPage("/hold/crowd")));
    expect(renders).toEqual(["/hold/crowd"]);
    expect(new Set(entries.map((e) => text(e?.body)))).toEqual(new Set(["<html><body><h1>/hold/crowd #1</h1><form></form><script src=\"/_next/static/a.js\" async=\"\"></script><script>" + INLINE + "</script></body></html>"]));
    expect(entries[0]!.scriptHashes).toEqual([`sha256-${createHash("sha256").update(INLINE).digest("base64")}`]);
    expect(Object.fromEntries(entries[0]!.headers)).toMatchObject({ "content-type": "text/html; charset=utf-8", vary: "rsc" });
    // The render is marked as the cache's own, with a secret a client cannot know.
    const secret = fillHeaders[0]!;
    expect(secret.length).toBeGreaterThan(20);
    expect(isCacheFill(new Request("http://x/hold", { headers: { [FILL_HEADER]: secret } }))).toBe(true);
    expect(isCacheFill(new Request("http://x/hold", { headers: { [FILL_HEADER]: "guess" } }))).toBe(false);
  });

  it("stores a page that needs no script without any, so its CSP allows no inline script", async () => {
    form = "";
    const entry = await cachedPage("/hold/no-form");
    expect(text(entry?.body)).toBe("<html><body><h1>/hold/no-form #1</h1></body></html>");
    expect(entry!.scriptHashes).toEqual([]);
  });

  it("serves nothing rendered before a committed write", async () => {
    expect(text((await cachedPage("/hold/written"))?.body)).toContain("#1");
    expect(text((await cachedPage("/hold/written"))?.body)).toContain("#1");
    publicPagesChanged();
    expect(text((await cachedPage("/hold/written"))?.body)).toContain("#2");
    expect(renders).toHaveLength(2);
  });

  it("once older than the TTL, serves the old page while one background render replaces it", async () => {
    process.env.PUBLIC_PAGE_CACHE_MS = "1000";
    await cachedPage("/hold/stale");
    await new Promise((resolve) => setTimeout(resolve, 1050));
    const during = await Promise.all([cachedPage("/hold/stale"), cachedPage("/hold/stale"), cachedPage("/hold/stale")]);
    expect(during.map((e) => text(e?.body).includes("#1"))).toEqual([true, true, true]);
    // One background render replaces it, and the new page stays fresh for a whole TTL.
    await expect.poll(async () => text((await cachedPage("/hold/stale"))?.body), { timeout: 900, interval: 20 }).toContain("#2");
    expect(renders).toHaveLength(2);
  });

  it("never stores an error page, and renders an unknown path once per TTL rather than twice per request", async () => {
    status = 404;
    expect(await cachedPage("/hold/unknown")).toBeNull();
    expect(await cachedPage("/hold/unknown")).toBeNull();
    expect(renders).toEqual(["/hold/unknown"]);
  });

  it("takes only anonymous-looking GETs of the public pages, without router headers, whatever their query", async () => {
    const get = (path: string, init?: RequestInit) => new Request(`http://x${path}`, init);
    expect(isCacheable(get("/hold"), "/hold", "")).toBe(true);
    expect(isCacheable(get("/hold/hold-1"), "/hold/hold-1", "")).toBe(true);
    expect(isCacheable(get("/"), "/", "")).toBe(true);
    // The pages read no query parameter: tracking parameters get the cached page.
    expect(isCacheable(get("/hold?utm_source=mail"), "/hold", "?utm_source=mail")).toBe(true);
    expect(isCacheable(get("/hold/hold-1?x=1&y=2"), "/hold/hold-1", "?x=1&y=2")).toBe(true);
    expect(isCacheable(get("/hold?_rsc=abc"), "/hold", "?_rsc=abc")).toBe(false);
    expect(isCacheable(get("/hold", { method: "POST" }), "/hold", "")).toBe(false);
    expect(isCacheable(get("/hold", { headers: { RSC: "1" } }), "/hold", "")).toBe(false);
    expect(isCacheable(get("/min-tilmelding"), "/min-tilmelding", "")).toBe(false);
    expect(isCacheable(get("/admin"), "/admin", "")).toBe(false);
    // Settings are read once per process (src/env.ts): a fresh module graph sees the new value.
    process.env.PUBLIC_PAGE_CACHE_MS = "0";
    vi.resetModules();
    const restarted = await import("@/http/public-page-cache");
    expect(restarted.isCacheable(get("/hold"), "/hold", "")).toBe(false);
  });
});
