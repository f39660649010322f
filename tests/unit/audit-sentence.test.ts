import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditSentence, hasAuditSentence, type AuditEntryView } from "@/lib/audit-sentence";

// Every audit action the code can record, read from the source itself, so an action added
// without a sentence fails here rather than showing up as a generic line in the history.
const SRC = path.join(import.meta.dirname, "../../src");
// Actions built from a template literal, by the literal's text up to the first "${".
const TEMPLATE_ACTIONS: Record<string, string[]> = { "cohort.reminder.": ["cohort.reminder.seminar", "cohort.reminder.follow-up"] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function recordedActions(): { actions: Set<string>; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = readFileSync(file, "utf8");
    if (!/recordAudit\(|auditRow\(|confirmWaitlistedDirection\(/.test(source)) continue;
    for (const [, expression] of source.matchAll(/\baction:\s*([^\n,]+)/g)) {
      for (const [, key] of expression!.matchAll(/"([a-z]+(?:\.[a-z_-]+)+)"/g)) actions.add(key!);
      for (const [, head] of expression!.matchAll(/`([a-z.\-_]*)\$\{/g)) {
        if (TEMPLATE_ACTIONS[head!]) TEMPLATE_ACTIONS[head!]!.forEach((key) => actions.add(key));
        else unknownTemplates.push(`${path.relative(SRC, file)}: ${head}…`);
      }
    }
  }
  return { actions, unknownTemplates };
}

const entry = (action: string, overrides: Partial<AuditEntryView> = {}): AuditEntryView => ({
  action,
  actorRole: "STAFF",
  actorEmail: "anne@komponent.dk",
  entityType: "Direction",
  entityId: "c1",
  before: null,
  after: null,
  ...overrides,
});

describe("audit sentences", () => {
  const { actions, unknownTemplates } = recordedActions();

  it("finds the actions the code records (the scan itself works)", () => {
    expect(unknownTemplates).toEqual([]);
    for (const known of ["direction.register", "direction.move", "invoice.issue", "participant.update", "waitlist.promote", "user.reinvite", "cohort.reminder.seminar"]) {
      expect(actions).toContain(known);
    }
  });

  it("has a sentence of its own for every recorded action", () => {
    expect([...actions].filter((action) => !hasAuditSentence(action))).toEqual([]);
  });

  it.each([...actions].sort())("%s reads as a Danish sentence without keys, JSON or empty values, for staff and directors", (action) => {
    for (const audience of ["staff", "director"] as const) {
      for (const [before, after] of [[null, null], [{ status: "OPEN" }, { status: "CLOSED", netOre: 1_490_000, grossOre: 1_862_500, quantity: 1, name: "Anne" }]]) {
        const sentence = auditSentence(entry(action, { before, after }), { audience });
        expect(sentence).toMatch(/^[A-ZÆØÅ»]/);
        expect(sentence).toMatch(/[.»]$/);
        expect(sentence).not.toContain(action);
        expect(sentence).not.toMatch(/[{}[\]]|\bundefined\b|\bnull\b|\bNaN\b|Ore\b|\b[a-z]+[A-Z][a-zA-Z]+\b/);
      }
    }
  });

  it("says who moved a direction where, as the director and staff see it", () => {
    const move = entry("direction.move", { before: { cohort: "Hold 2 – Middelfart", cohortId: "c2", waitlistPosition: null }, after: { cohort: "Hold 3 – Aalborg", cohortId: "c3", waitlistPosition: null } });
    expect(auditSentence(move, { audience: "director" })).toBe("Komponent flyttede direktionen fra Hold 2 – Middelfart til Hold 3 – Aalborg.");
    expect(auditSentence(move, { audience: "staff" })).toBe("Komponent (anne@komponent.dk) flyttede direktionen fra Hold 2 – Middelfart til Hold 3 – Aalborg.");
  });

  it("names the cohort of a registration by its title and shows amounts in kroner", () => {
    const register = entry("direction.register", { actorRole: "DIRECTOR", actorEmail: "dir@aarhus.dk", after: { cohort: "hold-2", status: "CONFIRMED", participants: [{}, {}, {}, {}, {}] } });
    expect(auditSentence(register, { audience: "director", viewerEmail: "DIR@aarhus.dk", cohortTitles: { "hold-2": "Hold 2 – Middelfart" } })).toBe("Du tilmeldte direktionen til Hold 2 – Middelfart med 5 deltagere.");
    expect(auditSentence(register, { audience: "staff" })).toBe("dir@aarhus.dk tilmeldte direktionen til Hold 2 med 5 deltagere.");
    const invoice = entry("invoice.issue", { actorRole: "DIRECTOR", entityType: "Invoice", after: { displayNumber: "K2030-F-0001", quantity: 5, netOre: 7_450_000, grossOre: 9_312_500 } });
    expect(auditSentence(invoice, { audience: "director" })).toBe("Der blev udstedt faktura K2030-F-0001 på 74.500,00 kr. ekskl. moms (93.125,00 kr. inkl. moms) for 5 deltagere.");
  });

  it("lists the changed fields of an update by their Danish names, never health data", () => {
    const update = entry("participant.update", {
      entityType: "Participant",
      before: { name: "Peter Dahl", jobTitle: "Direktør", dietaryNeedsGiven: false, phone: "" },
      after: { name: "Peter Dahl", jobTitle: "Direktør for Teknik", dietaryNeedsGiven: true, phone: "" },
    });
    expect(auditSentence(update, { audience: "director" })).toBe("Komponent rettede oplysningerne for Peter Dahl: stilling Direktør → Direktør for Teknik og kostbehov nej → ja.");
  });

  it("says so when a save changed nothing", () => {
    const same = { sellerName: "Komponent", paymentTermsDays: 30 };
    expect(auditSentence(entry("programme.settings", { entityType: "Programme", before: same, after: same }), { audience: "staff" })).toBe("Komponent (anne@komponent.dk) gemte forløbets indstillinger uden ændringer.");
    expect(auditSentence(entry("programme.settings", { entityType: "Programme", before: same, after: { ...same, paymentTermsDays: 14 } }), { audience: "staff" })).toBe(
      "Komponent (anne@komponent.dk) ændrede forløbets indstillinger: betalingsfrist 30 → 14.",
    );
  });

  it("describes an action it does not know yet with a generic sentence, never the key", () => {
    expect(auditSentence(entry("direction.something-new"), { audience: "director" })).toBe("Komponent ændrede tilmeldingen.");
    expect(auditSentence(entry("thing.new", { entityType: "Unknown", actorRole: "SYSTEM", actorEmail: "system" }), { audience: "staff" })).toBe("Systemet ændrede en post.");
  });
});
