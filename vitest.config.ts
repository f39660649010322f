import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // `server-only` throws outside React Server Components; tests call server modules directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Test mode (src/env.ts) for modules that read their settings; `npm test` sets the same.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env: { APP_ENV: "test", NEXTAUTH_SECRET: "unit-tests-secret-unit-tests-secret-0123" } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One database per run: files run one after another, each test resets the tables it uses.
          fileParallelism: false,
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
