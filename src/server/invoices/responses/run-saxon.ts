import "server-only";
import { execFile } from "node:child_process";
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { constants } from "node:fs";
import os from "node:os";
import path from "node:path";
import { env } from "@/env";
import { DomainError } from "@/domain/errors";

/**
 * Where the official rules live and how to run them: EINVOICE_RULES_DIR (the folder with
 * peppol-2026.5/ and oioubl-2.1-schematron-1.17.2/), a Java runtime (JAVA_BIN) and Saxon-HE
 * (SAXON_JAR). Without them, validation is unavailable and the caller refuses the document.
 */
export async function rulesSetup(): Promise<{ rulesDir: string; java: string; saxonJar: string }> {
  const rulesDir = env.EINVOICE_RULES_DIR;
  if (!rulesDir) throw new DomainError("RESPONSE_VALIDATION_UNAVAILABLE", { missing: "EINVOICE_RULES_DIR" });
  try {
    await access(rulesDir, constants.R_OK);
    await access(env.SAXON_JAR, constants.R_OK);
  } catch {
    throw new DomainError("RESPONSE_VALIDATION_UNAVAILABLE", { missing: `${rulesDir} or ${env.SAXON_JAR}` });
  }
  return { rulesDir: path.resolve(rulesDir), java: env.JAVA_BIN, saxonJar: env.SAXON_JAR };
}

/**
 * Runs one XSLT (an official rule set compiled to XSLT, or our own extraction) on an XML
 * document with Saxon-HE in a child process, and returns its output. A JVM starts in about a
 * second (longer on a busy machine), so this never runs inside a database transaction.
 */
export async function runSaxon({ xml, stylesheet, java, saxonJar }: { xml: string; stylesheet: string; java: string; saxonJar: string }): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "k2030-saxon-"));
  try {
    const source = path.join(dir, "document.xml");
    await writeFile(source, xml, "utf8");
    return await new Promise<string>((resolve, reject) => {
      execFile(java, ["-jar", saxonJar, `-s:${source}`, `-xsl:${stylesheet}`], { maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
        if (error) {
          const missingJava = (error as NodeJS.ErrnoException).code === "ENOENT";
          if (missingJava) reject(new DomainError("RESPONSE_VALIDATION_UNAVAILABLE", { missing: java }));
          else reject(Object.assign(new Error(`Saxon failed on ${path.basename(stylesheet)}: ${String(stderr).slice(0, 2000)}`), { saxonStderr: String(stderr) }));
          return;
        }
        resolve(stdout);
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
