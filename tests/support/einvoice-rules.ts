// Runs the official e-invoice rules (../shared/data/einvoice-rules: Peppol 2026.5 CEN + PEPPOL,
// OIOUBL 2.1 schematron 1.17.2, compiled to XSLT) through Saxon-HE, the way an access point or
// a municipality's inbox does. One Saxon process per stylesheet validates a whole folder of
// documents, so callers validate in batches: a JVM and a stylesheet compile cost seconds each.
//   Peppol: zero fatal failed asserts (warnings are advice).
//   OIOUBL: zero failed asserts of any flag.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { InvoiceDocument } from "../../src/domain/invoice-document";
import { renderOioubl } from "../../src/server/invoices/render/oioubl";
import { renderPeppolUbl } from "../../src/server/invoices/render/peppol-ubl";

const run = promisify(execFile);

// Beside the checkout (../shared), found from this file rather than the working directory, so a
// run from another folder (or a worktree elsewhere) finds them too; EINVOICE_RULES_DIR overrides.
export const EINVOICE_RULES_DIR = process.env.EINVOICE_RULES_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data/einvoice-rules");
export const SAXON_JAR = process.env.SAXON_JAR ?? "/usr/share/java/Saxon-HE.jar";
const PEPPOL = path.join(EINVOICE_RULES_DIR, "peppol-2026.5");
const OIOUBL = path.join(EINVOICE_RULES_DIR, "oioubl-2.1-schematron-1.17.2");

/** Generous: a JVM and a 1 MB stylesheet on a busy 2-core machine. */
export const RULES_TIMEOUT_MS = 300_000;

type Stylesheet = { name: string; file: string; blocking: (flag: string) => boolean };
const STYLESHEETS = {
  peppolCen: { name: "CEN-EN16931", file: path.join(PEPPOL, "CEN-EN16931-UBL.xslt"), blocking: (flag: string) => flag === "fatal" },
  peppol: { name: "PEPPOL-EN16931", file: path.join(PEPPOL, "PEPPOL-EN16931-UBL.xslt"), blocking: (flag: string) => flag === "fatal" },
  oioublInvoice: { name: "OIOUBL-Invoice", file: path.join(OIOUBL, "OIOUBL_Invoice_Schematron.xslt"), blocking: () => true },
  oioublCreditNote: { name: "OIOUBL-CreditNote", file: path.join(OIOUBL, "OIOUBL_CreditNote_Schematron.xslt"), blocking: () => true },
  oioublApplicationResponse: { name: "OIOUBL-ApplicationResponse", file: path.join(OIOUBL, "OIOUBL_ApplicationResponse_Schematron.xslt"), blocking: () => true },
  peppolT111: { name: "PEPPOL-T111", file: path.join(PEPPOL, "PEPPOLBIS-T111.xslt"), blocking: (flag: string) => flag === "fatal" },
} satisfies Record<string, Stylesheet>;

export type RuleFailure = { stylesheet: string; id: string; flag: string; location: string; text: string };
export type Validated = { label: string; failures: RuleFailure[]; warnings: RuleFailure[] };

/** Which official stylesheets apply to a document, from its root element and customization. */
export function stylesheetsFor(xml: string): Stylesheet[] {
  const root = /<(?:[\w-]+:)?(Invoice|CreditNote|ApplicationResponse)\b/.exec(xml.replace(/<\?xml[^>]*>/, ""))?.[1];
  const oioubl = /<cbc:CustomizationID[^>]*>\s*OIOUBL-2/.test(xml);
  if (root === "ApplicationResponse") return [oioubl ? STYLESHEETS.oioublApplicationResponse : STYLESHEETS.peppolT111];
  if (root === "Invoice") return oioubl ? [STYLESHEETS.oioublInvoice] : [STYLESHEETS.peppolCen, STYLESHEETS.peppol];
  if (root === "CreditNote") return oioubl ? [STYLESHEETS.oioublCreditNote] : [STYLESHEETS.peppolCen, STYLESHEETS.peppol];
  throw new Error(`not an e-invoice document: ${xml.slice(0, 120)}`);
}

/**
 * Validates every document against the official rules that apply to it, in one Saxon run per
 * stylesheet (folder mode). Returns each document's blocking failures and its warnings.
 */
export async function validateEInvoices(documents: { label: string; xml: string }[]): Promise<Validated[]> {
  if (!existsSync(SAXON_JAR)) throw new Error(`Saxon-HE not found at ${SAXON_JAR}: apt-get install default-jre-headless libsaxonhe-java`);
  const work = mkdtempSync(path.join(os.tmpdir(), "k2030-einvoice-rules-"));
  try {
    const groups = new Map<Stylesheet, number[]>();
    documents.forEach((doc, index) => {
      for (const sheet of stylesheetsFor(doc.xml)) groups.set(sheet, [...(groups.get(sheet) ?? []), index]);
    });
    const results: Validated[] = documents.map((d) => ({ label: d.label, failures: [], warnings: [] }));
    // Two at a time: the machine has two cores, and each run is one busy JVM.
    const jobs = [...groups.entries()];
    const runJob = async ([sheet, indexes]: (typeof jobs)[number]) => {
      const input = path.join(work, `${sheet.name}-in`);
      const output = path.join(work, `${sheet.name}-out`);
      mkdirSync(input);
      mkdirSync(output);
      for (const index of indexes) writeFileSync(path.join(input, `${index}.xml`), documents[index]!.xml, "utf8");
      await run("java", ["-Xss8m", "-jar", SAXON_JAR, `-s:${input}`, `-xsl:${sheet.file}`, `-o:${output}`], { maxBuffer: 64 * 1024 * 1024 });
      for (const index of indexes) {
        const svrl = readFileSync(path.join(output, `${index}.xml`), "utf8");
        for (const failure of failedAsserts(svrl, sheet.name)) {
          (sheet.blocking(failure.flag) ? results[index]!.failures : results[index]!.warnings).push(failure);
        }
      }
    };
    for (let i = 0; i < jobs.length; i += 2) await Promise.all(jobs.slice(i, i + 2).map(runJob));
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The failed asserts of an SVRL report. */
export function failedAsserts(svrl: string, stylesheet: string): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const [, attributes, body] of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes!)?.[1] ?? "";
    const text = /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(body!)?.[1] ?? "";
    // An assert without a flag counts as fatal: safer to fail loudly.
    failures.push({ stylesheet, id: attribute("id"), flag: attribute("flag") || "fatal", location: attribute("location"), text: text.replace(/\s+/g, " ").trim() });
  }
  return failures;
}

/** Failures as readable lines, for `expect(...).toEqual([])`. */
export function describeFailures(validated: Validated): string[] {
  return validated.failures.map((f) => `${validated.label} ${f.stylesheet} ${f.id} [${f.flag}] ${f.text} @ ${f.location}`);
}

/**
 * The helper other tests use: renders each document as Peppol BIS 3 and as OIOUBL 2.1 and
 * returns every blocking failure of the official rules (empty when all pass), e.g.
 *   expect(await officialRuleFailures([{ label: "corrected re-issue", document }])).toEqual([]);
 */
export async function officialRuleFailures(documents: { label: string; document: InvoiceDocument }[]): Promise<string[]> {
  const rendered = documents.flatMap(({ label, document }) => [
    { label: `${label} (Peppol)`, xml: renderPeppolUbl(document) },
    { label: `${label} (OIOUBL)`, xml: renderOioubl(document) },
  ]);
  return (await validateEInvoices(rendered)).flatMap(describeFailures);
}
