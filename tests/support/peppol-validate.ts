// Runs the official Peppol BIS Billing 3.0 schematrons (CEN EN16931 UBL binding +
// Peppol rules) against a UBL document, offline and in-process.
//
// node-schematron evaluates the rules with fontoxpath (XPath 3.1) but cannot run
// <xsl:function>, and it drops the @flag attribute. So this harness
//   1. re-implements the PEPPOL file's u:* XSLT helpers as custom XPath functions,
//      transcribed 1:1 from the <function> bodies in PEPPOL-EN16931-UBL.sch, and
//   2. reads each assert's flag from the .sch text itself, and
//   3. replaces node-schematron's rule-context lookup, which evaluates every
//      context as `//(context)`: for absolute contexts (`/ubl:Invoice/...`,
//      `//*[...]`) that re-runs the whole path from every node, i.e. quadratic,
//      ~10 s per document. Same matching semantics, evaluated once.
// Any XPath the engine can't evaluate throws, so a gap surfaces as a test error,
// never as a silent pass.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Schema, registerCustomXPathFunction } from "node-schematron";

export interface SchematronFailure {
  id: string;
  text: string;
  flag: string;
}

export const PEPPOL_SCHEMATRON_DIR = path.resolve(
  process.cwd(),
  "../shared/data/peppol-bis-billing-3",
);

const SCHEMATRON_FILES = ["CEN-EN16931-UBL.sch", "PEPPOL-EN16931-UBL.sch"] as const;

interface LoadedSchema {
  file: string;
  schema: Schema;
  flags: Map<string, string>;
}

let loaded: Promise<LoadedSchema[]> | undefined;

export async function validatePeppol(xml: string): Promise<{ failed: SchematronFailure[] }> {
  const schemas = await loadSchemas();
  const failed: SchematronFailure[] = [];
  for (const { file, schema, flags } of schemas) {
    for (const r of schema.validateString(xml, {})) {
      const id = r.assertId ?? `${file}:(no id)`;
      failed.push({
        id,
        text: (r.message ?? "").replace(/\s+/g, " ").trim(),
        // An assert without a flag is treated as fatal: safer to fail loudly.
        flag: flags.get(id) ?? "fatal",
      });
    }
  }
  return { failed };
}

function loadSchemas(): Promise<LoadedSchema[]> {
  loaded ??= (async () => {
    registerUtilsFunctions();
    return Promise.all(
      SCHEMATRON_FILES.map(async (file) => {
        const text = await readFile(path.join(PEPPOL_SCHEMATRON_DIR, file), "utf8");
        const schema = Schema.fromString(text);
        installFastRuleMatching(schema);
        return { file, schema, flags: readFlags(text) };
      }),
    );
  })();
  return loaded;
}

// Attribute values may legally contain ">", so match whole quoted attributes.
const ASSERT_TAG = /<(?:assert|report)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readFlags(schText: string): Map<string, string> {
  const flags = new Map<string, string>();
  for (const m of schText.matchAll(ASSERT_TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? "").matchAll(ATTR)) attrs.set(a[1] ?? "", a[2] ?? a[3] ?? "");
    const id = attrs.get("id");
    if (id) flags.set(id, attrs.get("flag") ?? "fatal");
  }
  return flags;
}

// ---------------------------------------------------------------------------
// Rule matching. Schematron semantics: within a pattern each node is handled by
// the first rule whose context matches it (node-schematron does the same).

// The very fontoxpath instance node-schematron uses, so custom functions and
// node identity are shared with it.
const fontoxpath = createRequire(createRequire(import.meta.url).resolve("node-schematron"))(
  "fontoxpath",
) as {
  evaluateXPath: (...args: unknown[]) => unknown;
  evaluateXPathToNodes: (...args: unknown[]) => unknown[];
};

interface SchematronNode {
  childNodes: ArrayLike<SchematronNode>;
}
interface PatternInternals {
  variables: { name: string; value: string }[];
  rules: {
    context: string;
    validateNode: (node: unknown, vars: object, opts: object) => unknown[];
  }[];
  validateDocument: (doc: SchematronNode, parentVars: object, opts: object) => unknown[];
}

function installFastRuleMatching(schema: Schema): void {
  for (const pattern of schema.patterns as unknown as PatternInternals[]) {
    const contexts = pattern.rules.map((r) => anchorContext(r.context));
    pattern.validateDocument = (doc, parentVars, opts) => {
      const vars: Record<string, unknown> = { ...parentVars };
      for (const v of pattern.variables) {
        vars[v.name] = v.value
          ? fontoxpath.evaluateXPath(v.value, doc, null, vars, undefined, opts)
          : doc;
      }
      const matched = contexts.map(
        (ctx) => new Set(fontoxpath.evaluateXPathToNodes(ctx, doc, null, vars, opts)),
      );
      const results: unknown[] = [];
      const visit = (node: SchematronNode) => {
        const ruleIndex = matched.findIndex((set) => set.has(node));
        const rule = ruleIndex >= 0 ? pattern.rules[ruleIndex] : undefined;
        if (rule) results.push(...rule.validateNode(node, vars, opts));
        for (const child of Array.from(node.childNodes)) visit(child);
      };
      for (const child of Array.from(doc.childNodes)) visit(child);
      return results;
    };
  }
}

// `a | /b/c` -> `//a | /b/c`: relative branches match anywhere, absolute ones
// already select exactly the nodes they match.
export function anchorContext(context: string): string {
  return splitTopLevelUnion(context)
    .map((branch) => branch.trim())
    .map((branch) => (isAbsolute(branch) ? branch : `//${branch}`))
    .map((branch) => `(${branch})`)
    .join(" | ");
}

// "/x", "//x" or "(/x | /y)[p]"
function isAbsolute(branch: string): boolean {
  if (branch.startsWith("/")) return true;
  if (!branch.startsWith("(")) return false;
  const close = matchingParen(branch);
  if (close < 0) return false;
  return splitTopLevelUnion(branch.slice(1, close)).every((b) => isAbsolute(b.trim()));
}

function matchingParen(expr: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < expr.length; i++) {
    const c = expr.charAt(i);
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === "(") {
      depth++;
    } else if (c === ")" && --depth === 0) {
      return i;
    }
  }
  return -1;
}

function splitTopLevelUnion(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr.charAt(i);
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === "(" || c === "[") {
      depth++;
    } else if (c === ")" || c === "]") {
      depth--;
    } else if (c === "|" && depth === 0) {
      parts.push(expr.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expr.slice(start));
  return parts;
}

// ---------------------------------------------------------------------------
// u:* helpers from PEPPOL-EN16931-UBL.sch (namespace "utils").

const UTILS_NS = "utils";
let utilsRegistered = false;

function registerUtilsFunctions(): void {
  if (utilsRegistered) return;
  utilsRegistered = true;
  const reg = (
    localName: string,
    params: string[],
    ret: string,
    fn: (...args: never[]) => unknown,
  ) =>
    registerCustomXPathFunction({ localName, namespaceURI: UTILS_NS }, params, ret, (_ctx, ...args) =>
      (fn as (...a: unknown[]) => unknown)(...args),
    );

  reg("gln", ["xs:string?"], "xs:boolean", (val: string | null) => gln(val ?? ""));
  // Declared xs:decimal in XSLT, but fontoxpath yields xs:double where Saxon keeps
  // decimals (e.g. after div), so accept any number; slack() tolerates float noise.
  reg("slack", ["xs:numeric", "xs:numeric", "xs:numeric"], "xs:boolean", slack);
  reg("mod11", ["xs:string?"], "xs:boolean", (val: string | null) => mod11(val ?? ""));
  reg("mod97-0208", ["xs:string?"], "xs:boolean", (val: string | null) => mod97_0208(val ?? ""));
  reg("checkCodiceIPA", ["xs:string?"], "xs:boolean", (arg: string | null) =>
    checkCodiceIPA(arg ?? ""),
  );
  reg("checkCF", ["xs:string?"], "xs:boolean", (arg: string | null) => checkCF(arg ?? ""));
  reg("checkCF16", ["xs:string?"], "xs:boolean", (arg: string | null) => checkCF16(arg ?? ""));
  reg("checkPIVAseIT", ["xs:string"], "xs:boolean", checkPIVAseIT);
  reg("checkPIVA", ["xs:string?"], "xs:integer", (arg: string | null) => checkPIVA(arg ?? ""));
  reg("addPIVA", ["xs:string", "xs:integer"], "xs:integer", addPIVA);
  reg("abn", ["xs:string?"], "xs:boolean", (val: string | null) => abn(val ?? ""));
  reg("TinVerification", ["xs:string"], "xs:boolean", tinVerification);
  reg("checkSEOrgnr", ["xs:string"], "xs:boolean", checkSEOrgnr);
}

// XPath number() of one character: NaN unless it is a digit.
function digitAt(s: string, i: number): number {
  const c = s.charAt(i);
  return c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : Number.NaN;
}

// `castable as xs:integer`
function isIntegerLexical(s: string): boolean {
  return /^\s*[+-]?\d+\s*$/.test(s);
}

export function gln(val: string): boolean {
  const length = val.length - 1;
  if (length < 0) return false;
  const digits = [...val.slice(0, length)].map((c) => c.charCodeAt(0) - 48).reverse();
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (digits[i] ?? 0) * (1 + ((i + 1) % 2) * 2);
  return (10 - (sum % 10)) % 10 === digitAt(val, length);
}

function slack(exp: number, val: number, tolerance: number): boolean {
  // xs:decimal in the original; a tiny epsilon absorbs binary-float noise.
  const eps = 1e-9;
  return exp + tolerance >= val - eps && exp - tolerance <= val + eps;
}

export function mod11(val: string): boolean {
  const length = val.length - 1;
  if (length < 0) return false;
  const digits = [...val.slice(0, length)].map((c) => c.charCodeAt(0) - 48).reverse();
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (digits[i] ?? 0) * ((i % 6) + 2);
  return Number(val) > 0 && (11 - (sum % 11)) % 11 === digitAt(val, length);
}

function mod97_0208(val: string): boolean {
  const head = val.slice(0, 8);
  if (!isIntegerLexical(head)) return false;
  const calculated = 97 - (Number.parseInt(head, 10) % 97);
  return Number(val.slice(8, 10)) === calculated;
}

function checkCodiceIPA(arg: string): boolean {
  return /^[A-Za-z0-9]{6}$/.test(arg);
}

function checkCF(arg: string): boolean {
  if (arg.length === 16) return checkCF16(arg);
  if (arg.length === 11) return isIntegerLexical(arg);
  return false;
}

function checkCF16(arg: string): boolean {
  const letters = (s: string) => /^[A-Za-z]*$/.test(s);
  return (
    letters(arg.slice(0, 6)) &&
    isIntegerLexical(arg.slice(6, 8)) &&
    letters(arg.slice(8, 9)) &&
    isIntegerLexical(arg.slice(9, 11)) &&
    isIntegerLexical(arg.slice(14, 15)) &&
    letters(arg.slice(15, 16))
  );
}

function checkPIVAseIT(arg: string): boolean {
  const country = arg.slice(0, 2);
  const code = arg.slice(2);
  if (country === "IT" || country === "it") return code.length === 11 && checkPIVA(code) === 0;
  return true;
}

function checkPIVA(arg: string): number {
  if (!isIntegerLexical(arg)) return 1;
  return addPIVA(arg, 0) % 10;
}

function addPIVA(arg: string, pari: number): number {
  if (!isIntegerLexical(arg)) return 0;
  const d = Number.parseInt(arg.charAt(0), 10);
  const mapper = pari === 1 ? Number.parseInt("0246813579".charAt(d), 10) : d;
  return mapper + addPIVA(arg.slice(1), pari === 0 ? 1 : 0);
}

function abn(val: string): boolean {
  if (val.length < 11) return false;
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    const offset = i === 0 ? 49 : 48;
    sum += (val.charCodeAt(i) - offset) * (weights[i] ?? 0);
  }
  return sum % 89 === 0;
}

function tinVerification(val: string): boolean {
  let checksum = 0;
  for (let i = 0; i < 8; i++) checksum += digitAt(val, i) * 2 ** (8 - i);
  return (checksum % 11) % 10 === digitAt(val, 8);
}

function checkSEOrgnr(num: string): boolean {
  if (!/^\d+$/.test(num)) return false;
  const main = num.slice(0, 9);
  let sum = 0;
  for (let pos = 1; pos <= main.length; pos++) {
    const d = digitAt(main, main.length - pos);
    sum += pos % 2 === 1 ? ((d * 2) % 10) + Math.floor((d * 2) / 10) : d;
  }
  return (10 - (sum % 10)) % 10 === digitAt(num, 9);
}
