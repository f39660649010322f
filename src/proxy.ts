import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, ownOriginForFormPost, setSecurityHeaders } from "@/http/security-headers";
import { cachedPage, isCacheable, isCacheFill } from "@/http/public-page-cache";
import { cohortPageSlug, NOT_FOUND_PATH, publicCohortExists } from "@/http/public-cohort-probe";
import { env } from "@/env";
import { REQUEST_PATH_HEADER } from "@/http/request-path";
import { isProbedPage, pageIsNotFound } from "@/http/not-found-probe";

// Pages that show personal data must never be stored by browsers or shared caches.
const PERSONAL_PREFIXES = ["/min-tilmelding", "/tilmelding", "/admin", "/partner", "/netvaerk", "/tilbud", "/log-ind/bekraeft", "/log-ind/adgangsnoegle", "/dev", "/api/fakturaer"];

// Server Action bodies above Next's own 1 MB limit get a clean 413 here instead of an error
// inside the action handler. No form of this app comes near it. A body sent without a length
// (chunked) still meets Next's limit, as a logged 500: refusing every post without a length
// would risk refusing real forms behind a proxy that streams request bodies.
const MAX_ACTION_BODY_BYTES = 1024 * 1024;

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY_BYTES) {
    return new NextResponse("Forespørgslen er for stor.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const { pathname, search } = request.nextUrl;

  // The cache's own rendering: no nonce, so the stored page names its scripts only by hash.
  if (isCacheFill(request)) return NextResponse.next();

  if (isCacheable(request, pathname, search)) {
    const cached = await cachedPage(pathname);
    if (cached?.body) {
      const headers = new Headers(cached.headers);
      setSecurityHeaders(headers, contentSecurityPolicy({ scriptHashes: cached.scriptHashes, https }));
      return new NextResponse(request.method === "HEAD" ? null : cached.body, { status: 200, headers });
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, https });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // A Server Action's answer is a few kilobytes: compressing it would cost the server more CPU
  // than it saves on the wire, and the CPU is what a rush of sign-ups waits for.
  if (request.headers.has("next-action")) requestHeaders.delete("accept-encoding");
  // Without trusted proxies, a client's own X-Forwarded-For must not choose its rate-limit
  // bucket: dropped here, Next then writes the TCP peer's address there (src/server/http/client-ip.ts).
  if (env.TRUST_PROXY === 0) {
    requestHeaders.delete("x-forwarded-for");
    requestHeaders.delete("x-real-ip");
  }
  // The page actually asked for, so a layout's sign-in or passkey redirect returns there
  // rather than to the layout's own path (src/server/auth/session.ts). Set here, never taken from the client.
  const requested = new URL(request.nextUrl);
  requested.searchParams.delete("_rsc");
  requestHeaders.set(REQUEST_PATH_HEADER, `${requested.pathname}${requested.search}`);
  const ownOrigin = ownOriginForFormPost(request);
  if (ownOrigin) requestHeaders.set("origin", ownOrigin);

  // An unknown cohort, or an id a signed-in page does not know, gets the server-rendered 404
  // page (see public-cohort-probe.ts and not-found-probe.ts).
  const slug = cohortPageSlug(request, pathname);
  const missing = slug !== null ? !(await publicCohortExists(slug)) : isProbedPage(request, pathname) && (await pageIsNotFound(request, pathname, search));
  const response = missing
    ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  setSecurityHeaders(response.headers, csp);
  if (PERSONAL_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    response.headers.set("Cache-Control", "private, no-store");
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
