// Small process helpers shared by the start and test scripts.
import { spawn } from "node:child_process";

export function run(command, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(Object.assign(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})\n${output}`), { code }));
    });
  });
}

export const bin = (name) => `node_modules/.bin/${name}`;

export async function migrate(databaseUrl) {
  await run(bin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, quiet: true });
}

export async function seed(databaseUrl, extraEnv = {}) {
  await run(bin("tsx"), ["prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv } });
}

/**
 * Node flags for the production server (`npm start` and `npm run bench` use the same). V8 sizes
 * its old generation from the machine's memory (about 4 GB on a large host) and collects
 * lazily, so an uncapped next-server grew to 720–820 MB of RSS under load. 192 MB of old space
 * keeps it within a 512 MB container with throughput unchanged (bench/RESULTS.md);
 * SERVER_MAX_OLD_SPACE_MB overrides it.
 */
export function serverNodeOptions(env = process.env) {
  const mb = Number(env.SERVER_MAX_OLD_SPACE_MB ?? 192);
  const own = Number.isFinite(mb) && mb > 0 ? `--max-old-space-size=${mb}` : "";
  return [env.NODE_OPTIONS ?? "", own].filter(Boolean).join(" ");
}
