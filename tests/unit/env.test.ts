import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { DEVELOPMENT_SECRET } from "@/lib/development-secret";

const SECRET = "a-production-secret-of-at-least-32-chars";
const production = { NEXTAUTH_SECRET: SECRET, SMTP_URL: "smtp://mail.example.dk:587", NEXTAUTH_URL: "https://tilmelding.example.dk" };

describe("environment rules (fail closed)", () => {
  it("treats an unset APP_ENV as production: no dev mailbox, no development secret", () => {
    const env = parseEnv(production);
    expect(env.APP_ENV).toBe("production");
    expect(env.devMailboxEnabled).toBe(false);
    expect(env.NEXTAUTH_SECRET).toBe(SECRET);
  });

  it.each([
    ["NEXTAUTH_SECRET", { ...production, NEXTAUTH_SECRET: undefined }],
    ["SMTP_URL", { ...production, SMTP_URL: undefined }],
    ["NEXTAUTH_URL", { ...production, NEXTAUTH_URL: undefined }],
    ["NEXTAUTH_URL", { ...production, NEXTAUTH_URL: "http://tilmelding.example.dk" }],
  ])("refuses to start in production without %s, naming it", (name, source) => {
    expect(() => parseEnv(source)).toThrow(name);
    expect(() => parseEnv({ ...source, APP_ENV: "production" })).toThrow(/will not start/);
  });

  it("is the demo only when asked: dev mailbox without SMTP, the development secret, plain http", () => {
    const env = parseEnv({ APP_ENV: "demo" });
    expect(env.devMailboxEnabled).toBe(true);
    expect(env.NEXTAUTH_SECRET).toBe(DEVELOPMENT_SECRET);
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(parseEnv({ APP_ENV: "demo", SMTP_URL: "smtp://127.0.0.1:2525" }).devMailboxEnabled).toBe(false);
  });

  it("test mode allows plain http and no SMTP, but needs a secret and has no dev mailbox", () => {
    expect(() => parseEnv({ APP_ENV: "test" })).toThrow("NEXTAUTH_SECRET");
    const env = parseEnv({ APP_ENV: "test", NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "http://localhost:3100" });
    expect(env.devMailboxEnabled).toBe(false);
  });

  it("reads the proxy hop count and the background-job switch", () => {
    expect(parseEnv(production).TRUST_PROXY).toBe(0);
    expect(parseEnv({ ...production, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ ...production, OUTBOX_WORKER: "off" }).backgroundJobs).toBe(false);
    expect(() => parseEnv({ ...production, OUTBOX_WORKER: "maybe" })).toThrow();
  });
});
