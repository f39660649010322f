import { describe, expect, it } from "vitest";
import { isProbedPage, PROBE_HEADER } from "@/http/not-found-probe";

describe("which requests the proxy renders first to see whether they are a 404", () => {
  const request = (method: string, headers: Record<string, string> = {}) => new Request("http://localhost/x", { method, headers });
  const probed = (path: string, method = "GET", headers: Record<string, string> = {}) => isProbedPage(request(method, headers), path);

  it("takes every page that reads an id from its URL, asked for as a document", () => {
    for (const path of [
      "/admin/tilmeldinger/abc",
      "/admin/tilmeldinger/abc/flyt",
      "/admin/tilmeldinger/abc/annuller",
      "/admin/tilmeldinger/abc/deltager/ny",
      "/admin/tilmeldinger/abc/deltager/p1/ret",
      "/admin/tilmeldinger/abc/deltager/p1/erstat",
      "/admin/tilmeldinger/abc/afmeld/p1",
      "/admin/hold/abc",
      "/admin/hold/abc/venteliste",
      "/admin/hold/abc/deltagerliste",
      "/admin/hold/abc/kost",
      "/admin/hold/abc/vaerelser",
      "/admin/hold/abc/status",
      "/admin/udbakke/abc",
      "/admin/kommunikation/abc",
      "/admin/fakturaer/abc/krediter",
      "/admin/fakturaer/abc/send-igen",
      "/admin/brugere/abc/fjern",
      "/min-tilmelding/abc/annuller",
      "/min-tilmelding/abc/fakturaoplysninger",
      "/min-tilmelding/abc/deltager/ny",
      "/min-tilmelding/abc/deltager/p1/ret",
      "/min-tilmelding/abc/deltager/p1/erstat",
      "/min-tilmelding/abc/deltager/p1/afmeld",
    ]) {
      expect(probed(path), path).toBe(true);
    }
    expect(probed("/admin/hold/abc", "HEAD")).toBe(true);
  });

  it("leaves pages without an id, files, posts, the client router's requests and its own rendering to Next", () => {
    for (const path of ["/admin", "/admin/tilmeldinger", "/admin/hold/ny", "/admin/udbakke", "/min-tilmelding", "/hold/hold-1", "/admin/hold/abc/deltagerliste/csv", "/admin/hold/abc/kost/csv", "/admin/hold/abc/navneskilte", "/admin/udbakke/abc/vedhaeftning/0", "/api/fakturaer/abc/pdf"]) {
      expect(probed(path), path).toBe(false);
    }
    expect(probed("/admin/tilmeldinger/abc", "POST")).toBe(false);
    expect(probed("/admin/tilmeldinger/abc", "GET", { rsc: "1" })).toBe(false);
    expect(probed("/admin/tilmeldinger/abc", "GET", { "next-action": "x" })).toBe(false);
    expect(probed("/admin/tilmeldinger/abc", "GET", { [PROBE_HEADER]: "1" })).toBe(false);
  });
});
