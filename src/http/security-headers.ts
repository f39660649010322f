// Shared by the proxy (every response) and the public page cache (cached responses).
// No Next or server-only imports: this runs in the proxy.
import { env } from "@/env";

/**
 * A CSP that allows no inline script except those named: by a per-request nonce on rendered
 * pages, or by the SHA-256 of each inline script on a cached page (which cannot carry a fresh
 * nonce). Without 'strict-dynamic' a hashed page still loads Next's chunks from 'self'.
 */
export function contentSecurityPolicy({ nonce, scriptHashes, https }: { nonce?: string; scriptHashes?: string[]; https: boolean }): string {
  const allowed = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : (scriptHashes ?? []).map((hash) => `'${hash}'`);
  const development = env.NODE_ENV === "development" ? ["'unsafe-eval'"] : [];
  return [
    "default-src 'self'",
    `script-src 'self' ${[...allowed, ...development].join(" ")}`.trimEnd(),
    // Inline style attributes (progress meters) are harmless; scripts stay nonce- or hash-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind TLS: on a plain-http demo it would break every asset.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function setSecurityHeaders(headers: Headers, csp: string) {
  headers.set("Content-Security-Policy", csp);
  headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  headers.set("X-Frame-Options", "DENY");
  headers.set("X-Content-Type-Options", "nosniff");
  // Under no-referrer a form posted without JavaScript says `Origin: null`; the proxy then
  // vouches for it by Sec-Fetch-Site (ownOriginForFormPost), or Next would refuse the action.
  headers.set("Referrer-Policy", "no-referrer");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
}

/**
 * The origin to give a form post whose browser said `Origin: null` (as browsers do under
 * Referrer-Policy no-referrer), when Sec-Fetch-Site, a header no page can set, says it came
 * from one of our own pages. Anything else keeps its origin, so cross-site posts and a bare
 * `Origin: null` are still refused by Next's origin check.
 */
export function ownOriginForFormPost(request: Request): string | null {
  if (request.method !== "POST" || request.headers.get("origin") !== "null" || request.headers.get("sec-fetch-site") !== "same-origin") return null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const https = request.headers.get("x-forwarded-proto") === "https" || new URL(request.url).protocol === "https:";
  return `${https ? "https" : "http"}://${host.split(",")[0]!.trim()}`;
}
