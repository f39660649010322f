import { describe, expect, it } from "vitest";
import { emailDomain, isOnDomains, needsApproval, normaliseDomain } from "@/domain/municipal-identity";

describe("municipal identity", () => {
  it.each([
    ["direktor@aarhus.dk", ["aarhus.dk"], true],
    ["Direktor@AARHUS.DK", ["aarhus.dk"], true],
    ["chef@mbu.aarhus.dk", ["aarhus.dk"], true],
    ["x@evilaarhus.dk", ["aarhus.dk"], false],
    ["x@aarhus.dk.evil.example", ["aarhus.dk"], false],
    ["x@gmail.com", ["aarhus.dk"], false],
    ["x@kk.dk", ["aarhus.dk", "kk.dk"], true],
    ["not an address", ["aarhus.dk"], false],
    ["a@aarhus.dk, b@gmail.com", ["aarhus.dk"], false],
    ["x@aarhus.dk", [], false],
  ] as const)("%s on %j: %s", (email, domains, expected) => {
    expect(isOnDomains(email, domains)).toBe(expected);
  });

  it("staff are never held; directors are unless on a domain", () => {
    expect(needsApproval({ role: "STAFF", email: "x@gmail.com", domains: [] })).toBe(false);
    expect(needsApproval({ role: "DIRECTOR", email: "x@gmail.com", domains: ["aarhus.dk"] })).toBe(true);
    expect(needsApproval({ role: "DIRECTOR", email: "x@aarhus.dk", domains: ["aarhus.dk"] })).toBe(false);
  });

  it("normalises what staff type, and refuses what is no domain", () => {
    expect(normaliseDomain(" @Aarhus.DK. ")).toBe("aarhus.dk");
    expect(normaliseDomain("ikast-brande.dk")).toBe("ikast-brande.dk");
    for (const bad of ["aarhus", "www aarhus.dk", "x@aarhus.dk", "-aarhus.dk", "aarhus..dk", "", "aarhus.d"]) expect(normaliseDomain(bad)).toBeNull();
    expect(emailDomain("A@B.dk")).toBe("b.dk");
    expect(emailDomain("nope")).toBeNull();
  });
});
