import { describe, expect, it } from "vitest";
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
