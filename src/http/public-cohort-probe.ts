// Next 16 renders notFound() thrown by a page as an empty shell that only JavaScript fills in
// (no lang, no title, no content without it: vercel/next.js#62228, open). An unknown URL that no
// route matches is server-rendered properly. So for the one public page whose URL people type
// or follow from old mails, /hold/<slug>, the proxy asks first whether the cohort exists and
// sends an unknown one to that properly rendered 404, under the URL that was asked for.
// Delete this once the upstream fix lands. No Next or server-only imports: this runs in the proxy.
import { loopbackOrigin, publicDataVersion, ROUTER_HEADERS } from "@/http/public-page-cache";
import { cohortProbes } from "@/process-state";

const COHORT_PAGE = /^\/hold\/([^/]+)$/;
// No route matches this path, so Next renders the app's not-found page with status 404.
export const NOT_FOUND_PATH = "/siden-findes-ikke";

/** The slug of a cohort page requested as a document (the client router's own requests render notFound() fine). */
export function cohortPageSlug(request: Request, pathname: string): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (ROUTER_HEADERS.some((name) => request.headers.has(name))) return null;
  return COHORT_PAGE.exec(pathname)?.[1] ?? null;
}

// The probe is a whole second request through Next. Its answer is public data, reused until a
// write commits in this process or for a second (another instance's cancelled cohort 404s here
// that much later, as its cached page would), with concurrent requests sharing one probe.
// Without this, a page rendered for every request cost two renders. Its own bound, not
// PUBLIC_PAGE_CACHE_MS: with the page cache off, pages are rendered per request, not probed twice.
const MAX_PROBES = 200;
const PROBE_TTL_MS = 1000;

/** False only when the app says the cohort does not exist; any doubt renders the page as usual. */
export function publicCohortExists(slug: string): Promise<boolean> {
  const probes = cohortProbes();
  const version = publicDataVersion();
  const known = probes.get(slug);
  if (known && known.version === version && Date.now() - known.at <= PROBE_TTL_MS) return known.exists;
  // Slugs come from anyone's URLs: keep the memo small.
  if (probes.size >= MAX_PROBES) probes.clear();
  const exists = probe(slug);
  probes.set(slug, { version, at: Date.now(), exists });
  return exists;
}

async function probe(slug: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(`/api/hold/${encodeURIComponent(decodeURIComponent(slug))}`, loopbackOrigin()), { signal: AbortSignal.timeout(3000) });
    await response.body?.cancel();
    return response.status !== 404;
  } catch {
    return true;
  }
}
