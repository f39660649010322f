import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Only src/server talks to the database: pages, actions, routes, components and libraries read
// and write through its use cases. A type from the generated client may be named elsewhere
// (`import type`, erased at build), but never the client, its runtime values or `@/server/db`.
const SRC = path.join(import.meta.dirname, "../../src");
const SERVER = path.join(SRC, "server");
const GENERATED = path.join(SRC, "generated");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (full === SERVER || full === GENERATED) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|mts)$/.test(name) ? [full] : [];
  });
}

const isDatabase = (specifier: string) => /(^|\/)server\/db$/.test(specifier);
const isGeneratedClient = (specifier: string) => /(^|\/)generated\/prisma(\/|$)/.test(specifier) || specifier === "@prisma/client" || specifier.startsWith("@prisma/adapter");

/** The imports of `source` that reach the database outside src/server, as written. */
function databaseImports(source: string): string[] {
  const found: string[] = [];
  // Static imports and re-exports (`import type` / `export type` are erased and allowed for the generated types).
  for (const [statement, typeOnly, specifier] of source.matchAll(/\b(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?["']([^"']+)["']/g)) {
    if (isDatabase(specifier!) || (isGeneratedClient(specifier!) && !typeOnly)) found.push(statement.replace(/\s+/g, " "));
  }
  for (const [statement, specifier] of source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) {
    if (isDatabase(specifier!) || isGeneratedClient(specifier!)) found.push(statement);
  }
  return found;
}

describe("reads and writes go through src/server", () => {
  it("recognises each way of reaching the database", () => {
    expect(databaseImports('import { db } from "@/server/db";')).toHaveLength(1);
    expect(databaseImports('import type { Tx } from "@/server/db";')).toHaveLength(1);
    expect(databaseImports('import { db } from "../../server/db";')).toHaveLength(1);
    expect(databaseImports('import {\n  Prisma,\n} from "@/generated/prisma/client";')).toHaveLength(1);
    expect(databaseImports('import { PrismaClient } from "@prisma/client";')).toHaveLength(1);
    expect(databaseImports('const { db } = await import("@/server/db");')).toHaveLength(1);
    expect(databaseImports('export { db } from "@/server/db";')).toHaveLength(1);
    expect(databaseImports('import type { CohortStatus } from "@/generated/prisma/client";')).toEqual([]);
    expect(databaseImports('import { getCohort } from "@/server/cohorts/get-cohort";')).toEqual([]);
  });

  it("no file outside src/server imports the database or the generated client's values", () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => databaseImports(readFileSync(file, "utf8")).map((statement) => `${path.relative(SRC, file)}: ${statement}`));
    expect(offenders).toEqual([]);
  });
});
