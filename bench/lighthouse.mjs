// Lighthouse's mobile performance audit (its default: a Moto G-class device, simulated slow
// 4G and 4x CPU slowdown) in Debian's Chromium. Figures, not pass/fail.
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";

const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function lighthouse(url) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "k2030-lh-"));
  const out = path.join(dir, "report.json");
  try {
    const args = [
      url,
      "--only-categories=performance",
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${path.join(dir, "profile")}`].join(" ")}`,
    ];
    await new Promise((resolve, reject) => {
      const child = spawn(path.resolve("node_modules/.bin/lighthouse"), args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } });
      child.once("error", reject);
      child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}`))));
    });
    const report = JSON.parse(readFileSync(out, "utf8"));
    const audit = (id) => report.audits[id]?.numericValue;
    return {
      page: new URL(url).pathname,
      score: Math.round((report.categories.performance.score ?? 0) * 100),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      fcpMs: Math.round(audit("first-contentful-paint")),
      cls: +(audit("cumulative-layout-shift") ?? 0).toFixed(3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
