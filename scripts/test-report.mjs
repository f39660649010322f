// Reads the JSON reports vitest and Playwright write during `npm test`, so the run's last lines
// name every failing test and its file (and, for a browser test, where its trace and screenshot are).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** Where a phase's machine-readable report goes; outside test-results/, which Playwright empties when it starts. */
export const REPORT_DIR = "test-reports";

export function reportPath(name) {
  return path.join(REPORT_DIR, `${name}.json`);
}

/** Empties the report folder so a failure summary never names a test from an earlier run. */
export function resetReports() {
  rmSync(REPORT_DIR, { recursive: true, force: true });
  mkdirSync(REPORT_DIR, { recursive: true });
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const relative = (file) => (path.isAbsolute(file) ? path.relative(process.cwd(), file) : file);
const firstLine = (text) => (text ?? "").replace(/\u001b\[[0-9;]*m/g, "").trim().split("\n")[0]?.slice(0, 300) ?? "";

/** Failed tests in a vitest JSON report (Jest's format): file, name, first line of the error. */
export function vitestFailures(file) {
  const report = readJson(file);
  if (!report) return null;
  const failures = [];
  for (const suite of report.testResults ?? []) {
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const test of failed) failures.push({ file: relative(suite.name), title: test.fullName ?? test.title, error: firstLine(test.failureMessages?.[0]) });
    // A file that fails before any test runs (an import error, a failing hook) has no failed test of its own.
    if (failed.length === 0 && suite.status === "failed") failures.push({ file: relative(suite.name), title: "(the file itself)", error: firstLine(suite.message) });
  }
  return failures;
}

/** Failed tests in a Playwright JSON report, with the trace and screenshot each failure kept. */
export function playwrightFailures(file) {
  const report = readJson(file);
  if (!report) return null;
  const failures = [];
  // Spec files are named relative to the test folder; the summary names them from the project root.
  const root = report.config?.rootDir;
  const specFile = (file) => (root && file ? relative(path.join(root, file)) : file);
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue;
      const results = spec.tests.flatMap((t) => t.results ?? []);
      const last = results.at(-1);
      const attachment = (name) => results.flatMap((r) => r.attachments ?? []).find((a) => a.name === name && a.path)?.path;
      failures.push({
        file: specFile(spec.file ?? suite.file),
        title: [...titles, spec.title].join(" › "),
        error: firstLine(last?.error?.message ?? last?.errors?.[0]?.message ?? last?.status),
        trace: attachment("trace") && relative(attachment("trace")),
        screenshot: attachment("screenshot") && relative(attachment("screenshot")),
      });
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const top of report.suites ?? []) walk(top, []);
  // Errors outside any test: the web server did not start, a global setup failed.
  for (const error of report.errors ?? []) failures.push({ file: "(playwright)", title: "(outside the tests)", error: firstLine(error.message) });
  return failures;
}

/** The lines naming each failure, or null when the phase left no report (it crashed before writing one). */
export function failureLines(failures) {
  if (failures === null) return null;
  return failures.flatMap((f) => [
    `  ✗ ${f.file} › ${f.title}`,
    ...(f.error ? [`      ${f.error}`] : []),
    ...(f.trace ? [`      trace: ${f.trace} (npx playwright show-trace ${f.trace})`] : []),
    ...(f.screenshot ? [`      screenshot: ${f.screenshot}`] : []),
  ]);
}
