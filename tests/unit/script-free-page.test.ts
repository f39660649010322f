import { describe, expect, it } from "vitest";
import { withoutScripts } from "@/http/script-free-page";

// The shape of a page Next 16 renders for the public page cache (trimmed).
const HEAD =
  '<head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/01dl.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1mvm.js"/><script src="/_next/static/chunks/3jua.js" async=""></script>' +
  '<title>Hold 1 – Kolding · Kommunestyret 2030</title><link rel="icon" href="/icon.svg?icon.3f3a.svg" sizes="any" type="image/svg+xml"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/><script src="/_next/static/chunks/0cz1.js" noModule=""></script></head>';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="da">${HEAD}<body><div hidden=""><!--$--><!--/$--></div><main><a href="/hold">Hold og datoer</a>${body}</main>` +
  '<script id="_R_">self.__next_r="x"</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script></body></html>';

describe("a public page without its scripts", () => {
  it("keeps the markup, the stylesheet, the title and the icon, and drops every script and script preload", () => {
    const stripped = withoutScripts(page("<p>Pladser</p>"))!;
    expect(stripped).toBe(
      '<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/01dl.css" data-precedence="next"/>' +
        '<title>Hold 1 – Kolding · Kommunestyret 2030</title><link rel="icon" href="/icon.svg?icon.3f3a.svg" sizes="any" type="image/svg+xml"/></head>' +
        '<body><div hidden=""><!--$--><!--/$--></div><main><a href="/hold">Hold og datoer</a><p>Pladser</p></main></body></html>',
    );
  });

  it("keeps a script element that is data, not code", () => {
    const data = '<script type="application/ld+json">{"@type":"Event"}</script>';
    expect(withoutScripts(page(data))).toContain(data);
    expect(withoutScripts(page('<script type="module">x()</script>'))).not.toContain("x()");
  });

  it("is not made for a page with a form, whose client component adds to it", () => {
    expect(withoutScripts(page('<form class="form" action="" method="POST"><button>Giv mig besked</button></form>'))).toBeNull();
  });

  it("is not made while a part of the page still waits for a script to show it", () => {
    expect(withoutScripts(page('<!--$?--><template id="B:0"></template><p>Henter …</p><!--/$-->'))).toBeNull();
    expect(withoutScripts(page("<!--$!--><template></template><!--/$-->"))).toBeNull();
  });
});
