import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cohortPageSlug } from "@/http/public-cohort-probe";

describe("which requests the proxy checks for an unknown cohort", () => {
  const request = (method: string, headers: Record<string, string> = {}) => new Request("http://localhost/x", { method, headers });

  it("takes a cohort page asked for as a document", () => {
    expect(cohortPageSlug(request("GET"), "/hold/hold-99")).toBe("hold-99");
    expect(cohortPageSlug(request("HEAD"), "/hold/Hold%201")).toBe("Hold%201");
  });

  it("leaves the client router's requests, posts and every other path to Next", () => {
    expect(cohortPageSlug(request("GET", { rsc: "1" }), "/hold/hold-99")).toBeNull();
    expect(cohortPageSlug(request("POST"), "/hold/hold-99")).toBeNull();
    expect(cohortPageSlug(request("GET"), "/hold")).toBeNull();
    expect(cohortPageSlug(request("GET"), "/hold/hold-1/mere")).toBeNull();
    expect(cohortPageSlug(request("GET"), "/tilmelding")).toBeNull();
  });
});

describe("the proxy's answer to whether a cohort exists", () => {
  // A stand-in for the app's /api/hold/<slug>: hold-1 exists, nothing else does.
  const probes: string[] = [];
  let server: Server;
  beforeAll(async () => {
    server = createServer((request, response) => {
      probes.push(request.url ?? "");
      response.writeHead(request.url === "/api/hold/hold-1" ? 200 : 404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it("asks once for a crowd, and again after a write, even with the page cache off", async () => {
    // With the page cache off every request renders: it must not also probe every time.
    process.env.PUBLIC_PAGE_CACHE_MS = "0";
    vi.resetModules();
    const { publicCohortExists } = await import("@/http/public-cohort-probe");
    const { publicPagesChanged } = await import("@/http/public-page-cache");
    expect(await Promise.all([publicCohortExists("hold-1"), publicCohortExists("hold-1"), publicCohortExists("hold-9")])).toEqual([true, true, false]);
    expect(await publicCohortExists("hold-1")).toBe(true);
    expect(probes).toEqual(["/api/hold/hold-1", "/api/hold/hold-9"]);
    publicPagesChanged();
    expect(await publicCohortExists("hold-1")).toBe(true);
    expect(probes).toEqual(["/api/hold/hold-1", "/api/hold/hold-9", "/api/hold/hold-1"]);
  });
});
