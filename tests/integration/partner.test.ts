import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db, transaction } from "../../src/server/db";
import { queueEmail, queueEmails } from "../../src/server/email/queue-email";
import { resetDatabase, testPool } from "../support/db";
import { createCohort, createDirection, createProgramme } from "../support/factories";
import { getPartnerOverview } from "../../src/server/attendance/get-partner-overview";
import { listPartnerParticipants } from "../../src/server/attendance/list-partner-participants";
import { partnerParticipantsCsv } from "../../src/server/attendance/partner-participants-csv";
import { listNetworkPeers } from "../../src/server/network/list-network-peers";
import { withdrawNetworkConsent } from "../../src/server/network/withdraw-network-consent";
import type { CurrentUser } from "../../src/server/auth/session";
import type { Field, PartnerAssociationCode, Role } from "../../src/generated/prisma/client";

const HEALTH_STRINGS = ["HEMMELIG-Vegetar", "HEMMELIG-Nøddeallergi", "HEMMELIG-Kørestol"];

async function user(role: Role, email: string, partnerCode: PartnerAssociationCode | null = null): Promise<CurrentUser> {
  const u = await db.user.create({ data: { email, role, partnerCode } });
  return { id: u.id, email: u.email, name: null, role: u.role, partnerCode: u.partnerCode };
}

async function direction(opts: { programmeId: string; cohortId: string; municipalityCode: string; fields: Field[]; status?: "CONFIRMED" | "WAITLISTED"; ownerUserId?: string }) {
  const d = await createDirection({ ...opts, participants: opts.fields.length });
  if (opts.ownerUserId) await db.direction.update({ where: { id: d.id }, data: { ownerUserId: opts.ownerUserId } });
  // Every participant carries health data, so any leak would show up in the assertions.
  await db.participant.updateMany({
    where: { directionId: d.id },
    data: { dietaryConsent: true, dietaryNeeds: `${HEALTH_STRINGS[0]}, ${HEALTH_STRINGS[1]}`, accessibilityNeeds: HEALTH_STRINGS[2] },
  });
  return d;
}

async function seedProgramme() {
  const programme = await createProgramme();
  const cohort1 = await createCohort(programme.id, { number: 1, title: "Hold 1 – Kolding" });
  const cohort2 = await createCohort(programme.id, { number: 2, title: "Hold 2 – Middelfart" });
  const aarhus = await direction({ programmeId: programme.id, cohortId: cohort1.id, municipalityCode: "0751", fields: ["MUNICIPAL_DIRECTOR", "CHILDREN_CULTURE", "SOCIAL_HEALTH"] });
  const odense = await direction({ programmeId: programme.id, cohortId: cohort1.id, municipalityCode: "0461", fields: ["CHILDREN_CULTURE", "TECHNICAL_ENVIRONMENT"] });
  const aalborg = await direction({ programmeId: programme.id, cohortId: cohort2.id, municipalityCode: "0851", fields: ["CHILDREN_CULTURE", "CHILDREN_CULTURE", "FINANCE_HR_OTHER"] });
  // Neither a waiting-list direction nor a cancelled participant counts.
  const waitlisted = await direction({ programmeId: programme.id, cohortId: cohort2.id, municipalityCode: "0101", fields: ["CHILDREN_CULTURE"], status: "WAITLISTED" });
  await db.participant.update({ where: { id: aalborg.participants[2]!.id }, data: { status: "CANCELLED" } });
  return { programme, cohort1, cohort2, aarhus, odense, aalborg, waitlisted };
}

async function sqlCount(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await testPool().query<{ n: string }>(sql, params);
  return Number(rows[0]!.n);
}

const ACTIVE_CONFIRMED = `FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId"
  WHERE p.status = 'ACTIVE' AND d.status = 'CONFIRMED'`;

describe("partner area", () => {
  beforeEach(resetDatabase);

  it("shows Børne- og Kulturchefforeningen only children-and-culture participants, and KL everyone", async () => {
    await seedProgramme();
    const bkf = await user("PARTNER", "p@bkf.dk", "BOERNE_OG_KULTURCHEFFORENINGEN");
    const kl = await user("PARTNER", "p@kl.dk", "KL");

    const bkfList = await listPartnerParticipants({ viewer: bkf, pagination: null });
    expect(bkfList.rows.map((r) => r.field)).toEqual(Array(4).fill("CHILDREN_CULTURE"));
    expect(bkfList.total).toBe(await sqlCount(`SELECT count(*) AS n ${ACTIVE_CONFIRMED} AND p.field = 'CHILDREN_CULTURE'`));
    expect(bkfList.rows.map((r) => r.municipalityName).sort()).toEqual(["Aalborg", "Aalborg", "Aarhus", "Odense"]);

    const klList = await listPartnerParticipants({ viewer: kl, pagination: null });
    expect(klList.total).toBe(await sqlCount(`SELECT count(*) AS n ${ACTIVE_CONFIRMED}`));
    expect(klList.rows).toHaveLength(7);
    // Aalborg's finance participant is cancelled, so four fields remain.
    expect(new Set(klList.rows.map((r) => r.field)).size).toBe(4);
  });

  it("paginates, sorts and filters by cohort on the server", async () => {
    await seedProgramme();
    const kl = await user("PARTNER", "p@kl.dk", "KL");
    const page2 = await listPartnerParticipants({ viewer: kl, sort: "kommune", pagination: { page: 2, pageSize: 3 } });
    expect(page2.pageCount).toBe(3);
    expect(page2.page).toBe(2);
    const all = await listPartnerParticipants({ viewer: kl, sort: "kommune", pagination: null });
    expect(page2.rows).toEqual(all.rows.slice(3, 6));
    expect(all.rows.map((r) => r.municipalityName)).toEqual(["Aalborg", "Aalborg", "Aarhus", "Aarhus", "Aarhus", "Odense", "Odense"]);

    const hold2 = await listPartnerParticipants({ viewer: kl, cohortNumber: 2, pagination: null });
    expect(hold2.rows.every((r) => r.cohortNumber === 2)).toBe(true);
    expect(hold2.total).toBe(2);
  });

  it("computes overview aggregates that match the database", async () => {
    const { cohort1, cohort2 } = await seedProgramme();
    const bkf = await user("PARTNER", "p@bkf.dk", "BOERNE_OG_KULTURCHEFFORENINGEN");
    const overview = await getPartnerOverview({ viewer: bkf });

    const scoped = `${ACTIVE_CONFIRMED} AND p.field = 'CHILDREN_CULTURE'`;
    expect(overview.headline.participants).toBe(await sqlCount(`SELECT count(*) AS n ${scoped}`));
    expect(overview.headline.municipalities).toBe(await sqlCount(`SELECT count(DISTINCT d."municipalityCode") AS n ${scoped}`));
    expect(overview.headline.regions).toBe(
      await sqlCount(`SELECT count(DISTINCT m."regionName") AS n FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId" JOIN "Municipality" m ON m.code = d."municipalityCode" WHERE p.status = 'ACTIVE' AND d.status = 'CONFIRMED' AND p.field = 'CHILDREN_CULTURE'`),
    );
    expect(overview.headline).toEqual({ participants: 4, municipalities: 3, regions: 3 });
    expect(overview.totalMunicipalities).toBe(await sqlCount(`SELECT count(*) AS n FROM "Municipality"`));
    expect(overview.regions).toHaveLength(5);
    expect(overview.regions.reduce((s, r) => s + r.municipalities, 0)).toBe(overview.totalMunicipalities);

    for (const cohort of [cohort1, cohort2]) {
      const row = overview.cohorts.find((c) => c.number === cohort.number)!;
      expect(row.confirmedDirections).toBe(await sqlCount(`SELECT count(*) AS n FROM "Direction" WHERE "cohortId" = $1 AND status = 'CONFIRMED'`, [cohort.id]));
      expect(row.waitlistedDirections).toBe(await sqlCount(`SELECT count(*) AS n FROM "Direction" WHERE "cohortId" = $1 AND status = 'WAITLISTED'`, [cohort.id]));
      expect(row.participants).toBe(await sqlCount(`SELECT count(*) AS n ${ACTIVE_CONFIRMED} AND d."cohortId" = $1`, [cohort.id]));
      expect(row.scopedParticipants).toBe(await sqlCount(`SELECT count(*) AS n ${scoped} AND d."cohortId" = $1`, [cohort.id]));
    }
    const byField = Object.fromEntries(overview.fields.map((f) => [f.field, f.participants]));
    expect(byField).toEqual({ MUNICIPAL_DIRECTOR: 1, CHILDREN_CULTURE: 4, SOCIAL_HEALTH: 1, TECHNICAL_ENVIRONMENT: 1, FINANCE_HR_OTHER: 0 });
    expect(overview.fields.filter((f) => f.inScope).map((f) => f.field)).toEqual(["CHILDREN_CULTURE"]);
    const lastWeek = overview.trend.at(-1)!;
    expect(lastWeek).toMatchObject({ cumulativeDirections: 3, cumulativeScopedParticipants: 4 });
  });

  it("never returns health data, contact details or invoice data in any partner result or the CSV", async () => {
    await seedProgramme();
    for (const viewer of [await user("PARTNER", "p@kl.dk", "KL"), await user("STAFF", "s@komponent.dk")]) {
      const list = await listPartnerParticipants({ viewer, pagination: null });
      const overview = await getPartnerOverview({ viewer });
      const csv = partnerParticipantsCsv(list.rows);
      for (const text of [JSON.stringify(list), JSON.stringify(overview), csv]) {
        for (const secret of [...HEALTH_STRINGS, "@example.dk", "5798000000018", "ORD-"]) expect(text).not.toContain(secret);
      }
      expect(Object.keys(list.rows[0]!).sort()).toEqual(["cohortNumber", "cohortTitle", "field", "id", "jobTitle", "municipalityName", "name"]);
      expect(csv.split("\r\n")[0]).toBe("\uFEFFNavn;Titel;Kommune;Hold;Fagområde");
      expect(csv).toContain(";Aarhus;Hold 1 – Kolding;Børn og kultur\r\n");
    }
  });

  it("refuses directors and partners without an association", async () => {
    await seedProgramme();
    const director = await user("DIRECTOR", "d@aarhus.dk");
    const orphan = await user("PARTNER", "p@ukendt.dk");
    await expect(listPartnerParticipants({ viewer: director })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getPartnerOverview({ viewer: orphan })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getPartnerOverview({ viewer: null })).rejects.toMatchObject({ code: "NOT_AUTHENTICATED" });
  });

  it("has no server actions and only GET in the partner route tree", () => {
    const root = path.resolve("src/app/partner");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(root);
    expect(files.map((f) => path.relative(root, f)).sort()).toEqual(expect.arrayContaining(["layout.tsx", "page.tsx", "deltagere/page.tsx", "eksport/route.ts"]));
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect(source, file).not.toMatch(/["']use server["']/);
      expect(source, file).not.toMatch(/formAction|action=\{/);
      for (const form of source.match(/<form\b[^>]*>/g) ?? []) expect(form, file).toMatch(/method="get"/);
      if (file.endsWith("route.ts")) {
        const handlers = [...source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1]);
        expect(handlers, file).toEqual(["GET"]);
      }
    }
  });
});

describe("professional networks", () => {
  beforeEach(resetDatabase);

  async function network() {
    const programme = await createProgramme();
    const cohort1 = await createCohort(programme.id, { number: 1 });
    const cohort2 = await createCohort(programme.id, { number: 2 });
    const director = await user("DIRECTOR", "direktor@aarhus.dk");
    const own = await direction({ programmeId: programme.id, cohortId: cohort1.id, municipalityCode: "0751", fields: ["CHILDREN_CULTURE", "CHILDREN_CULTURE"], ownerUserId: director.id });
    const consenting = await direction({ programmeId: programme.id, cohortId: cohort2.id, municipalityCode: "0851", fields: ["CHILDREN_CULTURE", "SOCIAL_HEALTH"] });
    const refusing = await direction({ programmeId: programme.id, cohortId: cohort1.id, municipalityCode: "0461", fields: ["CHILDREN_CULTURE"] });
    const waitlisted = await direction({ programmeId: programme.id, cohortId: cohort2.id, municipalityCode: "0101", fields: ["CHILDREN_CULTURE"], status: "WAITLISTED" });
    // Everyone consents except Odense's participant.
    await db.participant.updateMany({ where: { directionId: { not: refusing.id } }, data: { networkConsent: true } });
    return { director, own, consenting, refusing, waitlisted };
  }

  it("lists consenting peers in the director's fields from other municipalities, across cohorts", async () => {
    const { director, own, consenting } = await network();
    const result = await listNetworkPeers({ viewer: director });
    expect(result.eligible).toBe(true);
    expect(result.fields).toEqual(["CHILDREN_CULTURE"]);
    // Not the own municipality, not Odense (no consent), not the social-health peer, not the waiting list.
    expect(result.peers.map((p) => p.id)).toEqual([consenting.participants[0]!.id]);
    // Exactly what the consent text names (name, job title, municipality), grouped by field: no e-mail.
    const peer = consenting.participants[0]!;
    expect(result.peers[0]).toEqual({ id: peer.id, name: peer.name, jobTitle: peer.jobTitle, field: peer.field, municipalityName: "Aalborg" });
    expect(JSON.stringify(result)).not.toContain(peer.email);
    expect(result.peers.map((p) => p.id)).not.toContain(own.participants[0]!.id);
    for (const secret of HEALTH_STRINGS) expect(JSON.stringify(result)).not.toContain(secret);
  });

  it("removes a peer at once when they withdraw consent with their token, and audits it once", async () => {
    const { director, consenting } = await network();
    const peer = consenting.participants[0]!;
    await expect(withdrawNetworkConsent({ token: peer.networkToken })).resolves.toEqual({ name: peer.name, changed: true });
    expect((await listNetworkPeers({ viewer: director })).peers).toEqual([]);
    await expect(withdrawNetworkConsent({ token: peer.networkToken })).resolves.toMatchObject({ changed: false });
    const audits = await db.auditLog.findMany({ where: { entityId: peer.id, action: "participant.network_consent.withdraw" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ before: { networkConsent: true }, after: { networkConsent: false }, directionId: consenting.id });
    await expect(withdrawNetworkConsent({ token: "findes-ikke" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("puts the withdraw link in every mail to a participant in the network, and only theirs", async () => {
    const { director, consenting, refusing } = await network();
    const member = consenting.participants[0]!;
    const outsider = refusing.participants[0]!;
    await transaction(async (tx) => {
      for (const to of [member.email.toUpperCase(), outsider.email]) {
        await queueEmail(tx, { to, subject: "Praktisk information", html: "<!doctype html><html><body><p>Hej</p></body></html>", text: "Hej" });
      }
      await queueEmails(tx, [{ to: member.email, subject: "Påmindelse", html: "<p>Hej</p>", text: "Hej" }]);
    });
    const mails = await db.emailOutbox.findMany({ orderBy: { createdAt: "asc" } });
    const toMember = mails.filter((m) => m.to.toLowerCase() === member.email.toLowerCase());
    expect(toMember).toHaveLength(2);
    const link = `/netvaerk/frameld/${member.networkToken}`;
    for (const mail of toMember) {
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(link);
    }
    expect(toMember[0]!.html).toMatch(/Frameld netværkslisten<\/a><\/p><\/body>/);
    const toOutsider = mails.find((m) => m.to === outsider.email)!;
    expect(toOutsider.text).not.toContain("/netvaerk/frameld/");

    // The link's token withdraws at once: the next mail has no link and the list no longer shows them.
    await withdrawNetworkConsent({ token: member.networkToken });
    expect((await listNetworkPeers({ viewer: director })).peers).toEqual([]);
    await transaction((tx) => queueEmail(tx, { to: member.email, subject: "Efter framelding", html: "<p>Hej</p>", text: "Hej" }));
    expect((await db.emailOutbox.findFirstOrThrow({ where: { subject: "Efter framelding" } })).text).not.toContain("/netvaerk/frameld/");
  });

  it("opens the network only to directors with an active participant in a confirmed direction", async () => {
    await network();
    const newcomer = await user("DIRECTOR", "ny@vejle.dk");
    expect(await listNetworkPeers({ viewer: newcomer })).toEqual({ eligible: false, fields: [], peers: [] });
    const partner = await user("PARTNER", "p@kl.dk", "KL");
    await expect(listNetworkPeers({ viewer: partner })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("recognises the director by the direction's contact e-mail as well as by ownership", async () => {
    const { own } = await network();
    const contact = await user("DIRECTOR", own.contactEmail.toUpperCase());
    expect((await listNetworkPeers({ viewer: contact })).peers).toHaveLength(1);
  });
});
