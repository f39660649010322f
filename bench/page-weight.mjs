// What the browser downloads with a page: the scripts it loads (gzipped as served) and the
// inline scripts (Next's React Server Components payload) in the HTML. Old browsers' polyfills
// (`nomodule`) are shown apart: a current browser does not download them.
import { gzipSync } from "node:zlib";

export async function pageWeight(baseUrl, path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { "Accept-Encoding": "identity" } });
  const html = await response.text();
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((m) => ({ src: m[1].replaceAll("&amp;", "&"), noModule: /\snomodule/i.test(m[0]) }));
  // A browser that runs modules skips `nomodule` scripts (Next's polyfills for old browsers) and never downloads them.
  const srcs = tags.filter((t) => !t.noModule).map((t) => t.src);
  let noModuleGzip = 0;
  for (const { src } of tags.filter((t) => t.noModule)) noModuleGzip += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer()), { level: 9 }).length;
  // Preloaded chunks are downloaded too, even if the page does not run them at once.
  const preloads = [...html.matchAll(/<link[^>]*rel="preload"[^>]*as="script"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean);
  const urls = [...new Set([...srcs, ...preloads])];
  let scriptGzip = 0;
  for (const src of urls) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    scriptGzip += gzipSync(body, { level: 9 }).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return {
    page: path,
    scripts: urls.length,
    scriptsKbGzip: +(scriptGzip / 1024).toFixed(1),
    noModuleKbGzip: +(noModuleGzip / 1024).toFixed(1),
    inlineScriptKbGzip: +(gzipSync(inline).length / 1024).toFixed(1),
    htmlKbGzip: +(gzipSync(html).length / 1024).toFixed(1),
  };
}
