// A micro-cache for the anonymous public pages (front page, cohort list and cohort pages,
// privacy and accessibility statements). Their CSP nonce makes Next render every request,
// and an invitation mail to 98 municipalities sends everyone to /hold at once. A rendering
// is reused until the data changes (any committed write transaction in this process) or
// for at most PUBLIC_PAGE_CACHE_MS, which bounds how stale another instance's copy can be.
// A cached page cannot carry a fresh nonce, so it is served with a CSP that names each of
// its inline scripts by hash instead; a page that needs no script is stored without any
// (script-free-page.ts). No Next or server-only imports: this runs in the proxy.
import { createHash } from "node:crypto";
import { env } from "@/env";
import { withoutScripts } from "@/http/script-free-page";
import { publicDataVersion as dataVersion, publicPages, type CachedPage } from "@/process-state";

const CACHEABLE = [/^\/$/, /^\/hold$/, /^\/hold\/[a-z0-9-]{1,60}$/, /^\/privatliv$/, /^\/tilgaengelighed$/];
const MAX_ENTRIES = 50;
const MAX_STALE_MS = 5000;
const MAX_FILL_WAIT_MS = 3000;
export const FILL_HEADER = "x-public-page-fill";
// Next's client router asks for RSC payloads, which vary by router state: not cached.
export const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/** This very server, for the proxy's own requests; never the request's Host header, which a client chooses. */
export function loopbackOrigin(): string {
  return env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${env.PORT}`;
}

export function publicCacheTtlMs(): number {
  return env.PUBLIC_PAGE_CACHE_MS;
}

/** Called after every committed write: cached renderings from before it are no longer served. */
export function publicPagesChanged() {
  dataVersion().version++;
}

/** Changes with every committed write in this process; for other caches of public data. */
export function publicDataVersion(): number {
  return dataVersion().version;
}

export function isCacheFill(request: Request): boolean {
  return request.headers.get(FILL_HEADER) === publicPages().fillSecret;
}

/**
 * Whether this request may be answered from the cache (and may fill it). None of the cached
 * pages reads its query string, so a query (a mail's or a newsletter's tracking parameters,
 * say) gets the same page as the bare path, from the same entry; only the client router's own
 * `_rsc` requests, which want a payload rather than a page, are left to Next.
 */
export function isCacheable(request: Request, pathname: string, search: string): boolean {
  // In development a code edit must show at once.
  if (publicCacheTtlMs() === 0 || env.NODE_ENV === "development") return false;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (new URLSearchParams(search).has("_rsc") || !CACHEABLE.some((pattern) => pattern.test(pathname))) return false;
  return !ROUTER_HEADERS.some((name) => request.headers.has(name));
}

/**
 * The page to serve, or null to render this request as usual. A fresh rendering is served
 * as is. Once older than the TTL it is still served while one background render replaces
 * it, so a busy page never sends its crowd to the renderer. With nothing servable (first
 * request, or a local write since), the request waits for the one render under way.
 */
export async function cachedPage(pathname: string): Promise<CachedPage | null> {
  const store = publicPages();
  const version = publicDataVersion();
  const entry = store.entries.get(pathname);
  if (entry && entry.version === version) {
    const age = Date.now() - entry.storedAt;
    if (age <= publicCacheTtlMs()) return entry.body ? entry : null;
    void refresh(pathname);
    // A render that keeps failing (the database is down) must not leave an old page up for good.
    if (age <= publicCacheTtlMs() + MAX_STALE_MS) return entry.body ? entry : null;
  }
  await Promise.race([refresh(pathname), new Promise((resolve) => setTimeout(resolve, MAX_FILL_WAIT_MS))]);
  const fresh = store.entries.get(pathname);
  return fresh?.body && fresh.version === publicDataVersion() ? fresh : null;
}

function refresh(pathname: string): Promise<void> {
  const store = publicPages();
  let pending = store.filling.get(pathname);
  if (!pending) {
    pending = fill(pathname)
      .catch((error: unknown) => console.warn(`public page cache: could not render ${pathname}:`, error))
      .finally(() => store.filling.delete(pathname));
    store.filling.set(pathname, pending);
  }
  return pending;
}

async function fill(pathname: string) {
  const store = publicPages();
  const version = publicDataVersion();
  const response = await fetch(new URL(pathname, loopbackOrigin()), { headers: { [FILL_HEADER]: store.fillSecret }, redirect: "manual", signal: AbortSignal.timeout(10_000) });
  const html = await response.text();
  if (store.entries.size >= MAX_ENTRIES && !store.entries.has(pathname)) store.entries.delete(store.entries.keys().next().value!);
  // Only whole, successful, anonymous pages. Anything else (an unknown cohort's 404, an error)
  // is remembered as "render it as usual", so unknown paths cost one render, not two.
  const cacheable = response.status === 200 && response.headers.get("content-type")?.startsWith("text/html") && !response.headers.has("set-cookie");
  const page = cacheable ? (withoutScripts(html) ?? html) : "";
  store.entries.set(pathname, cacheable
    ? { body: new Uint8Array(Buffer.from(page, "utf8")), headers: storedHeaders(response.headers), scriptHashes: inlineScriptHashes(page), version, storedAt: Date.now() }
    : { body: null, headers: [], scriptHashes: [], version, storedAt: Date.now() });
}

// The proxy adds the security headers per request; length and encoding are the server's.
const NOT_STORED = new Set(["content-security-policy", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);

function storedHeaders(headers: Headers): [string, string][] {
  return [...headers].filter(([name]) => !NOT_STORED.has(name.toLowerCase()));
}

/** CSP source expressions for every inline script of the page, as the browser hashes them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}
