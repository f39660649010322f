import "server-only";
import { z } from "zod";
import { DEVELOPMENT_SECRET } from "@/lib/development-secret";

// The one place that reads process.env. Everything else imports `env`.
const schema = z
  .object({
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    // Optional here so `next build` can load modules without a database; db.ts insists on it.
    DATABASE_URL: z.string().min(1).optional(),
    // The embedded pglite-server serves one connection at a time reliably.
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(16).optional(),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Kommunestyret 2030 <tilmelding@komponent.dk>"),
    OUTBOX_POLL_MS: z.coerce.number().int().min(100).default(2000),
    // First retry delay after a failed send; doubles per attempt.
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
    // Sign-in e-mails per client address per 15 minutes. Municipal offices share one public
    // address behind NAT, so this is generous; the per-address limit is the strict one.
    SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    OUTGOING_INVOICE_DIR: z.string().default(".data/outgoing"),
    ACCESS_POINT_URL: z.url().optional(),
    ACCESS_POINT_TOKEN: z.string().optional(),
    // Which e-invoice format the access point takes; NemHandel accepts both.
    ACCESS_POINT_FORMAT: z.enum(["peppol", "oioubl"]).default("peppol"),
    // How long another app instance may serve a public page rendered before a change it did
    // not make (src/http/public-page-cache.ts); 0 turns the cache off.
    PUBLIC_PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    // Bookkeeping mailbox that gets a copy of every invoice e-mail, if set.
    INVOICE_COPY_EMAIL: z.email().optional(),
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
    if (value.APP_ENV === "production") {
      if (!value.SMTP_URL) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "SMTP_URL is required in production" });
      if (!value.NEXTAUTH_SECRET) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required in production" });
    }
  });

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  const value = parsed.data;
  return {
    ...value,
    NEXTAUTH_SECRET: value.NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET,
    // Without SMTP, mail is delivered to the local dev mailbox, which production never exposes.
    devMailboxEnabled: !value.SMTP_URL && value.APP_ENV !== "production",
  };
}

let cached: ReturnType<typeof load> | undefined;

export const env = new Proxy({} as ReturnType<typeof load>, {
  get(_target, key) {
    cached ??= load();
    return cached[key as keyof typeof cached];
  },
});
