// Before the browser tests: the integration phase leaves its own rows behind, so the
// end-to-end phase starts from an empty database with the demo data the README promises.
import { execFileSync } from "node:child_process";
import { closeTestPool, resetDatabase, testPool } from "./db";

await resetDatabase();
await testPool().query(`DELETE FROM "Programme"`);
await closeTestPool();
execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { stdio: "inherit", env: { ...process.env, SEED_DEMO: "true" } });
