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
