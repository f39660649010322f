import { describe, expect, it } from "vitest";
import { sameOriginPath } from "@/lib/same-origin";
import { clientIp } from "@/server/http/client-ip";

const ORIGIN = "https://tilmelding.example.dk";

describe("redirects after sign-in stay on our origin (parsed, not by prefix)", () => {
  it.each([
    ["/min-tilmelding", "/min-tilmelding"],
    ["/admin?x=1#top", "/admin?x=1#top"],
    ["https://tilmelding.example.dk/admin", "/admin"],
    ["min-tilmelding", "/min-tilmelding"],
  ])("keeps %s", (value, path) => expect(sameOriginPath(value, ORIGIN)).toBe(path));

  it.each([
    "https://tilmelding.example.dk@evil.example/",
    "https://tilmelding.example.dk.evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "http://tilmelding.example.dk/",
    "https://user:pw@tilmelding.example.dk/",
    "javascript:alert(1)",
    "http://[::1",
  ])("refuses %s", (value) => expect(sameOriginPath(value, ORIGIN)).toBeNull());
});

describe("the client address for rate limits", () => {
  const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});
  it("without trusted proxies is the only entry (the TCP peer Next wrote; the proxy drops a client's own header)", () => {
    expect(clientIp(headers("203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientIp(headers(), 0)).toBe("unknown");
  });
  it("with n trusted proxies is the n-th entry from the right; a client's claims further left are ignored", () => {
    expect(clientIp(headers("1.1.1.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(headers("1.1.1.1, 2.2.2.2, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientIp(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
  });
});
