// Next's own floor, measured in the same run as the app: a bare Next app (bench/next-floor/)
// with no proxy, database, layout or CSS, on the same Next, React and Node. Every page the app
// renders per request, and every Server Action it answers, costs at least this much; the
// static file is the ceiling of a cached page, this is the ceiling of a rendered one.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { bin, run } from "../scripts/run.mjs";
import { load, measure, startServer } from "./lib.mjs";

const DIR = "bench/next-floor";
const DIST = path.join(DIR, ".next-floor");

export async function buildNextFloor(env) {
  await run(bin("next"), ["build", DIR], { env, quiet: true });
}

export async function benchNextFloor({ env, connections, duration }) {
  if (!existsSync(path.join(DIST, "BUILD_ID"))) await buildNextFloor(env);
  const manifest = JSON.parse(readFileSync(path.join(DIST, "server/server-reference-manifest.json"), "utf8"));
  const [actionId] = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "floorAction") ?? [];
  if (!actionId) throw new Error("floorAction not found in the floor's build");
  // Nothing of the app's environment: the floor reads none of it.
  const server = await startServer({ PATH: process.env.PATH, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }, { dir: DIR, readyPath: "/" });
  try {
    await load(`${server.url}/`, { connections: 5, duration: 2 }); // warm-up, as for the app
    const page = await measure(server, "Next floor: bare page rendered per request", `${server.url}/`, { connections, duration });
    // The same request shape as the registration burst's: a multipart Server Action call.
    const boundary = "----benchfloor";
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="1_step"', "", "godkend", `--${boundary}`, 'Content-Disposition: form-data; name="0"', "", '[null,"$K1"]', `--${boundary}--`, ""].join("\r\n");
    const headers = { "content-type": `multipart/form-data; boundary=${boundary}`, "next-action": actionId, origin: server.url };
    await load(`${server.url}/action`, { connections: 5, duration: 2, method: "POST", headers, body });
    const action = await measure(server, "Next floor: bare Server Action", `${server.url}/action`, { connections, duration, method: "POST", headers, body });
    return [page, action];
  } finally {
    server.stop();
  }
}
