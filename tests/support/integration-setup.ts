import { afterAll } from "vitest";
import { closeTestPool } from "./db";

if (!process.env.DATABASE_URL) throw new Error("Integration tests need DATABASE_URL: run them with `npm test`.");

afterAll(async () => {
  await closeTestPool();
  const { db } = await import("../../src/server/db");
  await db.$disconnect();
});
