import { defineConfig } from "prisma/config";
import { MigrationPg } from "./prisma/cli-workarounds";
import { pgPoolConfig } from "./src/server/pg-config";

// `prisma generate` needs DATABASE_URL to be set (any value), or it falls back to the
// native library engine and tries to download it; nothing connects during generate.
process.env.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:1/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => new MigrationPg(pgPoolConfig(process.env.DATABASE_URL!, 1)),
});
