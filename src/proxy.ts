import { NextResponse, type NextRequest } from "next/server";

// Pages that show personal data must never be stored by browsers or shared caches.
const PERSONAL_PREFIXES = ["/min-tilmelding", "/tilmelding", "/admin", "/partner", "/netvaerk", "/tilbud", "/log-ind/bekraeft", "/dev", "/api/fakturaer"];

function contentSecurityPolicy(nonce: string, https: boolean): string {
  const scriptSrc = process.env.NODE_ENV === "development" ? `'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'` : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    // Inline style attributes (progress meters) are harmless; scripts stay nonce-only.
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

// Server Action bodies above Next's own 1 MB limit get a clean 413 here instead of an error
// inside the action handler. No form of this app comes near it. A body sent without a length
// (chunked) still meets Next's limit, as a logged 500: refusing every post without a length
// would risk refusing real forms behind a proxy that streams request bodies.
const MAX_ACTION_BODY_BYTES = 1024 * 1024;

export function proxy(request: NextRequest) {
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY_BYTES) {
    return new NextResponse("Forespørgslen er for stor.", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https");

  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("X-Content-Type-Options", "nosniff");
  // Not "no-referrer": under it browsers send `Origin: null` with same-origin form posts, and
  // Next refuses such Server Action requests, so forms would fail without JavaScript.
  // "same-origin" still sends nothing to other sites.
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  if (PERSONAL_PREFIXES.some((prefix) => request.nextUrl.pathname.startsWith(prefix))) {
    response.headers.set("Cache-Control", "private, no-store");
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
