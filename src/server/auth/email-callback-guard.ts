import "server-only";
import { env } from "@/env";
import { sameOriginPath } from "@/lib/same-origin";

const HTML_HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };

/**
 * In front of next-auth's routes (src/app/api/auth/[...nextauth]/route.ts): the response to
 * give instead of next-auth's, or null to let it answer.
 * - A callbackUrl that leaves our origin, or cannot be parsed, is refused with a Danish 400 page.
 * - The e-mail callback signs in only when our own confirmation page sent the browser there
 *   (Sec-Fetch-Site: same-origin, a header no page can forge). A link in an e-mail, a crafted
 *   URL on another site or a typed address lands on the confirmation page with the same
 *   parameters, which names the address being signed in; so nobody is signed in as someone
 *   else (login CSRF) without seeing it and pressing the button.
 */
export function guardAuthRequest(request: Request): Response | null {
  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl !== null && sameOriginPath(callbackUrl, env.NEXTAUTH_URL) === null) return badCallbackPage();
  // Any method: next-auth also completes an e-mail sign-in on a POST, which no page of ours sends.
  if (url.pathname.endsWith("/callback/email") && (request.method !== "GET" || request.headers.get("sec-fetch-site") !== "same-origin")) {
    return new Response(null, { status: 303, headers: { Location: `${env.NEXTAUTH_URL}/log-ind/bekraeft?${url.searchParams}`, "Cache-Control": "no-store" } });
  }
  return null;
}

function badCallbackPage(): Response {
  const html = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Ugyldigt login-link · Kommunestyret 2030</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}main{max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#0b4f8a}</style></head>
<body><main id="main">
<h1>Linket er ugyldigt</h1>
<p>Login-linket peger videre til en adresse uden for Kommunestyret 2030, eller det er ødelagt. Af sikkerhedshensyn logger vi dig ikke ind via det.</p>
<p>Brug linket i den e-mail, vi har sendt dig, eller <a href="/log-ind">bed om et nyt login-link</a>.</p>
</main></body></html>`;
  return new Response(html, { status: 400, headers: HTML_HEADERS });
}
