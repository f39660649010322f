// Next 16 renders notFound() thrown by a page as an empty shell that only JavaScript fills in
// (no lang, no title, no content without it: vercel/next.js#62228, open). public-cohort-probe.ts
// works around it for /hold/<slug> with a cheap existence check. The signed-in pages below take
// an id from the URL and call notFound() for one that is unknown or not the caller's: for those,
// the proxy renders the page once itself (as the caller, same cookies) and, when that answer is
// 404, serves the properly rendered 404 page under the URL that was asked for instead.
// Only document requests pay for this (a first load, a reload, a page after a form post without
// JavaScript); the client router's own requests render notFound() fine and are never probed.
// Delete this once the upstream fix lands. No Next or server-only imports: this runs in the proxy.
import { loopbackOrigin, ROUTER_HEADERS } from "@/http/public-page-cache";

const PAGES_WITH_IDS = [
  /^\/admin\/(kommunikation|udbakke)\/[^/]+$/,
  /^\/admin\/brugere\/[^/]+\/fjern$/,
  /^\/admin\/hold\/(?!ny$)[^/]+(\/(venteliste|deltagerliste|kost|vaerelser|status))?$/,
  /^\/admin\/tilmeldinger\/[^/]+(\/(annuller|flyt|deltager\/ny|afmeld\/[^/]+|deltager\/[^/]+\/(ret|erstat)))?$/,
  /^\/admin\/fakturaer\/[^/]+\/(krediter|send-igen)$/,
  /^\/min-tilmelding\/[^/]+\/(annuller|fakturaoplysninger|deltager\/ny|deltager\/[^/]+\/(ret|erstat|afmeld))$/,
];

/** Marks the proxy's own rendering, which is answered as usual (never probed again). */
export const PROBE_HEADER = "x-not-found-probe";

/** Whether this request is a document request for a page that may call notFound() for its id. */
export function isProbedPage(request: Request, pathname: string): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.headers.has(PROBE_HEADER) || ROUTER_HEADERS.some((name) => request.headers.has(name))) return false;
  return PAGES_WITH_IDS.some((page) => page.test(pathname));
}

/** True only when the page, rendered for this caller, answers 404; any doubt renders it as usual. */
export async function pageIsNotFound(request: Request, pathname: string, search: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(pathname + search, loopbackOrigin()), {
      headers: { cookie: request.headers.get("cookie") ?? "", accept: "text/html", [PROBE_HEADER]: "1" },
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    return response.status === 404;
  } catch {
    return false;
  }
}
