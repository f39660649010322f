import { z } from "zod";
import { DEVELOPMENT_SECRET } from "@/lib/development-secret";

// The one place that reads process.env; everything else imports `env`. No "server-only"
// import: the proxy (src/proxy.ts) reads its settings here too and cannot import that
// package. Nothing secret can reach a browser through this module: Next gives client
// bundles an empty process.env (only NEXT_PUBLIC_ variables are inlined), so parsing fails there.
//
// APP_ENV decides which rules apply, and fails closed:
// - production (the default, whenever APP_ENV is unset): NEXTAUTH_SECRET, SMTP_URL and an
//   https NEXTAUTH_URL are required; no dev mailbox, no development secret.
// - demo: set by `npm start` when it runs the embedded database (no DATABASE_URL), or
//   explicitly. The dev mailbox stands in for SMTP and a fixed development secret is allowed.
// - test: set by `npm test`. Plain http on localhost and no SMTP server are allowed, but the
//   secret must be given (the test runner makes one per run) and there is no dev mailbox.
const schema = z
  .object({
    APP_ENV: z.enum(["production", "demo", "test"]).default("production"),
    // Optional here so `next build` can load modules without a database; db.ts insists on it.
    DATABASE_URL: z.string().min(1).optional(),
    // The embedded pglite-server serves one connection at a time reliably.
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    NEXTAUTH_URL: z.url().optional(),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    SMTP_URL: z.string().min(1).optional(),
    MAIL_FROM: z.string().default("Kommunestyret 2030 <tilmelding@komponent.dk>"),
    OUTBOX_POLL_MS: z.coerce.number().int().min(100).default(2000),
    // First retry delay after a failed send; doubles per attempt.
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
    // "off" stops the background jobs (outbox delivery, invoice transmission after commit);
    // integration tests deliver explicitly so background rounds never race a table reset.
    OUTBOX_WORKER: z.enum(["on", "off"]).default("on"),
    // Sign-in e-mails per client address per 15 minutes. Municipal offices share one public
    // address behind NAT, so this is generous; the per-address limit is the strict one.
    SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    // How many reverse proxies in front of the app append to X-Forwarded-For. Unset or 0: the
    // header is the client's own claim and is ignored; the TCP peer is the client address.
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    OUTGOING_INVOICE_DIR: z.string().default(".data/outgoing"),
    ACCESS_POINT_URL: z.url().optional(),
    ACCESS_POINT_TOKEN: z.string().optional(),
    // How long another app instance may serve a public page rendered before a change it did
    // not make (src/http/public-page-cache.ts); 0 turns the cache off.
    PUBLIC_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    // Bookkeeping mailbox that gets a copy of every invoice e-mail, if set.
    INVOICE_COPY_EMAIL: z.email().optional(),
    // Set by `next start` / `next dev` themselves: the port this server listens on, and Next's
    // own loopback origin for requests a server makes to itself.
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    __NEXT_PRIVATE_ORIGIN: z.string().optional(),
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    // The access point delivers buyer responses (Peppol Invoice Response, OIOUBL
    // ApplicationResponse) to POST /api/e-invoice/responses with this bearer token. Unset: the
    // endpoint refuses every delivery.
    INVOICE_RESPONSE_TOKEN: z.string().min(32, "INVOICE_RESPONSE_TOKEN must be at least 32 characters").optional(),
    // The official e-invoice rules compiled to XSLT (the folder holding peppol-2026.5/ and
    // oioubl-2.1-schematron-1.17.2/), run with Saxon-HE on Java. Buyer responses are validated
    // with them; without them the endpoint refuses responses (503) rather than trust them unchecked.
    EINVOICE_RULES_DIR: z.string().min(1).optional(),
    JAVA_BIN: z.string().min(1).default("java"),
    SAXON_JAR: z.string().min(1).default("/usr/share/java/Saxon-HE.jar"),
  })
  .superRefine((value, ctx) => {
    if (value.APP_ENV === "demo") return;
    if (!value.NEXTAUTH_SECRET) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required (a random string of at least 32 characters)" });
    if (value.APP_ENV === "test") return;
    if (!value.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "SMTP_URL is required (smtp://user:password@host:587)" });
    if (!value.NEXTAUTH_URL?.startsWith("https://")) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "NEXTAUTH_URL must be the site's public https address, e.g. https://tilmelding.kommunestyret2030.dk" });
    }
  });

export type AppEnv = ReturnType<typeof parseEnv>;

/** Parses an environment; exported for the unit test of the rules above. */
export function parseEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const mode = source.APP_ENV ?? "production (APP_ENV is not set)";
    throw new Error(
      `Kommunestyret 2030 will not start: the environment is incomplete for APP_ENV=${mode}.\n${z.prettifyError(parsed.error)}\n` +
        `Production needs NEXTAUTH_SECRET, SMTP_URL and an https NEXTAUTH_URL. For the local demo run \`npm start\` without DATABASE_URL, or set APP_ENV=demo.`,
    );
  }
  const value = parsed.data;
  const demo = value.APP_ENV === "demo";
  return {
    ...value,
    NEXTAUTH_URL: value.NEXTAUTH_URL ?? `http://localhost:${value.PORT}`,
    // Only the demo may fall back to the public development secret; the schema insists elsewhere.
    NEXTAUTH_SECRET: value.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    // Without SMTP, the demo delivers mail to its local dev mailbox (/dev/postkasse).
    devMailboxEnabled: demo && !value.SMTP_URL,
    backgroundJobs: value.OUTBOX_WORKER === "on",
  };
}

let cached: AppEnv | undefined;

/** Validates the environment now; called at server start (src/instrumentation.ts), so a gap stops the app before it serves anything. */
export function loadEnv(): AppEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

export const env = new Proxy({} as AppEnv, {
  get(_target, key) {
    return loadEnv()[key as keyof AppEnv];
  },
});
