// The embedded default database: one pglite-server process owns the data folder and
// every other process (Prisma CLI, app, tests) reaches it over the Postgres protocol
// through adapter-pg, exactly as it would reach a real PostgreSQL server.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const serverScript = path.resolve("node_modules/@electric-sql/pglite-socket/dist/scripts/server.js");

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => { socket.destroy(); resolve(true); });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`pglite-server did not listen on ${port} within ${timeoutMs} ms`);
}

export async function startEmbeddedDb({ dataDir, port }) {
  // PGlite creates only the last folder of its data path.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const child = spawn(process.execPath, [serverScript, "-d", dataDir, "-p", String(port), "-m", "16"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let exited = false;
  child.once("exit", () => { exited = true; });
  await waitForPort(port, 60_000);
  if (exited) throw new Error("pglite-server exited during start");
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => new Promise((resolve) => {
      if (exited) return resolve();
      child.once("exit", () => resolve());
      try { process.kill(-child.pid, "SIGTERM"); } catch { resolve(); }
      setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, 5000).unref();
    }),
  };
}
