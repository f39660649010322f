import { run, bin } from "../scripts/run.mjs";

/** Issuing `count` invoices with PDF and both XML formats, in a separate process on the bench database. */
export async function benchInvoices({ databaseUrl, env = process.env, count }) {
  const output = await run(bin("tsx"), ["--conditions=react-server", "bench/issue-invoices.ts", String(count)], {
    env: { ...env, DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: "4" },
    quiet: true,
  });
  const figures = JSON.parse(output.trim().split("\n").pop());
  return { name: `issue ${figures.invoices} invoices (PDF + Peppol + OIOUBL)`, ...figures };
}
