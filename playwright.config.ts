import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
const smtpHttpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 2580);
// localhost, not 127.0.0.1: WebAuthn (staff passkeys) refuses an IP address as its relying
// party ("This is an invalid domain"). The server still listens on 127.0.0.1 only.
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The machine is often busy (two cores, several builds): a slow test is not a failing one.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // scripts/test.mjs reads the JSON report to name every failing test at the end of `npm test`.
  reporter: process.env.PW_JSON_REPORT ? [["list"], ["json", { outputFile: process.env.PW_JSON_REPORT }]] : [["list"]],
  outputDir: process.env.PW_OUTPUT_DIR ?? "test-results",
  use: {
    baseURL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    // Each failure leaves its trace (npx playwright show-trace …) and a screenshot under test-results/.
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's chromium: Playwright's own browser download is not possible offline.
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: [
    {
      command: "node tests/support/smtp-sink.mjs",
      url: `http://127.0.0.1:${smtpHttpPort}/health`,
      env: { SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_HTTP_PORT: String(smtpHttpPort) },
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/hold`,
      env: {
        NEXTAUTH_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        OUTBOX_POLL_MS: "300",
        // An SMTP outage test waits for retries; production backs off from 30 s.
        OUTBOX_RETRY_BASE_MS: "1000",
        // Every browser test signs in from 127.0.0.1; the limit itself has an integration test.
        SIGN_IN_LIMIT_PER_IP: "1000",
        APP_ENV: "test",
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
