// Municipal identity (issue 13, point 1): only a municipality's own people register it as
// confirmed; anyone else's registration waits for staff. The places side (holds, approve,
// refuse, the runs-event) is in placement-matrix.test.ts; this file covers the rest.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db, readRows } from "../../src/server/db";
import type { CurrentUser } from "../../src/server/auth/session";
import { registerDirection } from "../../src/server/directions/register-direction";
import { findMunicipalityRegistration } from "../../src/server/directions/find-municipality-registration";
import { findMyActiveDirection } from "../../src/server/directions/find-my-active-direction";
import { listNetworkPeers } from "../../src/server/network/list-network-peers";
import { approvePendingDirection } from "../../src/server/directions/approve-pending-direction";
import { listPendingApprovals } from "../../src/server/directions/list-pending-approvals";
import { addMunicipalityDomain } from "../../src/server/municipalities/add-municipality-domain";
import { removeMunicipalityDomain } from "../../src/server/municipalities/remove-municipality-domain";
import { auditSentence } from "../../src/lib/audit-sentence";
import { registrationNeedsApproval } from "../../src/server/municipalities/municipality-domains";
import { resetDatabase } from "../support/db";
import { createCohort, createDirection, createProgramme, registrationInput } from "../support/factories";

// Municipality domains are reference data kept across tests: remove what a test adds.
const ADDED = ["aarhuskommune.dk", "ny-aarhus.dk", "kolding-test.dk"];
beforeEach(resetDatabase);
afterEach(async () => {
  await db.municipalityDomain.deleteMany({ where: { domain: { in: ADDED } } });
});

async function user(email: string, role: "DIRECTOR" | "STAFF" = "DIRECTOR"): Promise<CurrentUser> {
  const row = await db.user.create({ data: { email, role } });
  return { id: row.id, email: row.email, name: null, role: row.role, partnerCode: null };
}

async function openCohort() {
  const programme = await createProgramme();
  const cohort = await createCohort(programme.id, { slug: "hold-x" });
  return { programme, cohort };
}

const register = (actor: CurrentUser, municipalityCode = "0751", participants = 2) =>
  registerDirection({ actor, input: registrationInput({ municipalityCode, participants, contactEmail: actor.email }), idempotencyKey: randomUUID() });

describe("whose registration is the municipality's own", () => {
  it("an address on the municipality's seeded domain, or a subdomain of it, registers as today", async () => {
    await openCohort();
    expect(await db.municipalityDomain.findUnique({ where: { domain: "aarhus.dk" } })).toMatchObject({ municipalityCode: "0751" });
    expect((await register(await user(`direktor-${randomUUID()}@aarhus.dk`))).kind).toBe("CONFIRMED");
    expect((await register(await user(`chef-${randomUUID()}@mbu.aarhus.dk`), "0621")).kind).toBe("PENDING_APPROVAL");
    expect((await register(await user(`chef-${randomUUID()}@skole.vejle.dk`), "0630")).kind).toBe("CONFIRMED");
  });

  it("another municipality's domain, a look-alike or a private address waits for approval", async () => {
    await openCohort();
    expect((await register(await user(`a-${randomUUID()}@vejle.dk`), "0751")).kind).toBe("PENDING_APPROVAL");
    expect((await register(await user(`b-${randomUUID()}@evilaarhus.dk`), "0101")).kind).toBe("PENDING_APPROVAL");
    expect((await register(await user(`c-${randomUUID()}@gmail.com`), "0147")).kind).toBe("PENDING_APPROVAL");
    expect(await db.invoice.count()).toBe(0);
  });

  it("staff registering on a municipality's behalf are not held", async () => {
    await openCohort();
    expect((await register(await user(`staff-${randomUUID()}@komponent.dk`, "STAFF"))).kind).toBe("CONFIRMED");
  });
});

describe("the municipality step", () => {
  it("says whether the municipality is free, taken, pending or the person's own", async () => {
    const { programme, cohort } = await openCohort();
    const owner = await user(`x-${randomUUID()}@gmail.com`);
    const pending = await register(owner, "0751");
    const taken = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: "0630" });
    const stranger = await user(`y-${randomUUID()}@example.dk`);
    const ask = (actor: CurrentUser, municipalityCode: string) => findMunicipalityRegistration({ actor, cohortSlug: cohort.slug, municipalityCode });
    expect(await ask(stranger, "0101")).toEqual({ kind: "FREE" });
    expect(await ask(stranger, "0751")).toEqual({ kind: "PENDING" });
    expect(await ask(stranger, "0630")).toEqual({ kind: "TAKEN" });
    expect(await ask(await user(`staff-${randomUUID()}@komponent.dk`, "STAFF"), "0630")).toEqual({ kind: "TAKEN" });
    expect(await ask(owner, "0751")).toEqual({ kind: "OWN", directionId: pending.kind === "PENDING_APPROVAL" ? pending.directionId : "" });
    // A contact person who signs in is "own" too (the same rule as Min tilmelding).
    const contact = await user(taken.contactEmail);
    expect(await ask(contact, "0630")).toMatchObject({ kind: "OWN", directionId: taken.id });
    // "I er allerede tilmeldt" for a director with a registration, not for anyone else.
    expect(await findMyActiveDirection({ user: owner })).toMatchObject({ status: "PENDING_APPROVAL" });
    expect(await findMyActiveDirection({ user: stranger })).toBeNull();
  });
});

describe("staff decide", () => {
  it("the dashboard lists pending registrations oldest first with their age and who registered them", async () => {
    await openCohort();
    const first = await user(`first-${randomUUID()}@gmail.com`);
    await register(first, "0751");
    await register(await user(`second-${randomUUID()}@gmail.com`), "0101");
    await register(await user(`own-${randomUUID()}@vejle.dk`), "0630");
    const pending = await listPendingApprovals();
    expect(pending.map((p) => p.municipalityName)).toEqual(["Aarhus", "København"]);
    expect(pending[0]).toMatchObject({ signInEmail: first.email, municipalityDomains: ["aarhus.dk"], participants: 2 });
    expect(pending[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("an approval can add the domain it was registered from, so the municipality's next registration is its own", async () => {
    await openCohort();
    const director = await user(`anna-${randomUUID()}@aarhuskommune.dk`);
    const result = await register(director, "0751");
    if (result.kind !== "PENDING_APPROVAL") throw new Error(result.kind);
    const staff = await user(`staff-${randomUUID()}@komponent.dk`, "STAFF");
    const approved = await approvePendingDirection({ actor: staff, directionId: result.directionId, addDomain: true });
    expect(approved.domainAdded).toBe("aarhuskommune.dk");
    expect(await db.municipalityDomain.findUnique({ where: { domain: "aarhuskommune.dk" } })).toMatchObject({ municipalityCode: "0751" });
    const audit = await db.auditLog.findMany({ where: { directionId: result.directionId }, orderBy: { at: "asc" } });
    const sentences = audit.map((entry) => auditSentence(entry, { audience: "staff" }));
    expect(sentences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/afventer Komponents godkendelse/),
        expect.stringMatching(/godkendte tilmeldingen, som dermed er bekræftet, og tilføjede aarhuskommune\.dk til kommunens domæner/),
        expect.stringMatching(/tilføjede e-maildomænet aarhuskommune\.dk til Aarhus' domæner/),
      ]),
    );
    // The next registration of Aarhus from that domain is its own.
    expect(await registrationNeedsApproval(readRows, { person: { role: "DIRECTOR", email: "bo@aarhuskommune.dk" }, municipalityCode: "0751" })).toBe(false);
    expect(await registrationNeedsApproval(readRows, { person: { role: "DIRECTOR", email: "bo@aarhuskommune.dk" }, municipalityCode: "0461" })).toBe(true);
  });

  it("domains are edited by staff: normalised, one municipality each, audited", async () => {
    const staff = await user(`staff-${randomUUID()}@komponent.dk`, "STAFF");
    expect(await addMunicipalityDomain({ actor: staff, municipalityCode: "0751", domain: " @Ny-Aarhus.DK " })).toEqual({ domain: "ny-aarhus.dk", added: true });
    await expect(addMunicipalityDomain({ actor: staff, municipalityCode: "0751", domain: "www aarhus" })).rejects.toMatchObject({ code: "INVALID_DOMAIN" });
    await expect(addMunicipalityDomain({ actor: staff, municipalityCode: "0621", domain: "ny-aarhus.dk" })).rejects.toMatchObject({ code: "DOMAIN_TAKEN" });
    await removeMunicipalityDomain({ actor: staff, municipalityCode: "0751", domain: "ny-aarhus.dk" });
    expect(await db.municipalityDomain.count({ where: { domain: "ny-aarhus.dk" } })).toBe(0);
    expect((await db.auditLog.findMany({ orderBy: { at: "asc" } })).map((a) => a.action)).toEqual(["municipality.domain.add", "municipality.domain.remove"]);
    // The database agrees on the form of a domain.
    await expect(db.municipalityDomain.create({ data: { domain: "Not A Domain", municipalityCode: "0751" } })).rejects.toThrow();
  });
});

describe("the network", () => {
  it("never shows a pending direction's people, and a pending director does not see the network", async () => {
    const { programme, cohort } = await openCohort();
    const confirmed = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: "0630" });
    const peer = await createDirection({ programmeId: programme.id, cohortId: cohort.id, municipalityCode: "0101" });
    await db.participant.updateMany({ where: { directionId: peer.id }, data: { networkConsent: true } });
    const viewer = await user(confirmed.contactEmail);
    const outsider = await user(`x-${randomUUID()}@gmail.com`);
    const pending = await register(outsider, "0751", 3);
    if (pending.kind !== "PENDING_APPROVAL") throw new Error(pending.kind);
    await db.participant.updateMany({ where: { directionId: pending.directionId }, data: { networkConsent: true, field: "MUNICIPAL_DIRECTOR" } });
    const seen = await listNetworkPeers({ viewer });
    expect(seen.eligible).toBe(true);
    expect(seen.peers.some((p) => p.municipalityName === "København")).toBe(true);
    expect(seen.peers.some((p) => p.municipalityName === "Aarhus")).toBe(false);
    expect(await listNetworkPeers({ viewer: outsider })).toMatchObject({ eligible: false, peers: [] });
  });
});
