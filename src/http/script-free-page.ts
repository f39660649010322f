// The public pages are whole in their server-rendered HTML: plain links, no state. Hydrating
// them costs every visitor Next's client runtime (react-dom, the app router, the RSC client:
// about 135 kB gzipped) and the page's RSC payload, for nothing a visitor sees or does, and
// Next 16's App Router has no option to leave a page unhydrated (vercel/next.js#45009).
// So the public page cache stores such a page without its scripts. A page with a form keeps
// them: its client component adds pending state and inline answers there. No Next or
// server-only imports: this runs in the proxy.

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const LINK = /<link\b[^>]*>/gi;
// React's markers for a Suspense boundary still pending (`$?`) or left to the client (`$!`):
// its content arrives or is rendered by a script, so such a page cannot lose its scripts.
const NEEDS_SCRIPT = /<form\b|<!--\$[?!]-->/i;

/** The page without Next's scripts and script preloads, or null when it needs them. */
export function withoutScripts(html: string): string | null {
  if (NEEDS_SCRIPT.test(html)) return null;
  return html.replace(SCRIPT, (script) => (isDataBlock(script) ? script : "")).replace(LINK, (link) => (isScriptPreload(link) ? "" : link));
}

/** A `<script>` a browser does not run (structured data, say) stays part of the page. */
function isDataBlock(script: string): boolean {
  const type = /^<script\b[^>]*\btype="([^"]*)"/i.exec(script)?.[1]?.trim().toLowerCase();
  return type !== undefined && type !== "" && type !== "module" && !/(java|ecma)script/.test(type);
}

function isScriptPreload(link: string): boolean {
  const rel = /\brel="([^"]*)"/i.exec(link)?.[1]?.toLowerCase() ?? "";
  return rel === "modulepreload" || (rel === "preload" && /\bas="script"/i.test(link));
}
