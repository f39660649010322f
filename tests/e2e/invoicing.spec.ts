import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { signIn, waitForMail } from "./auth";
import { expectNoAxeViolations } from "./helpers";
import { testPool } from "../support/db";

const DIRECTOR = "direktor@aarhus.demo.dk";
const OTHER_DIRECTOR = "direktion@odense.demo.dk";

type Issued = { id: string; displayNumber: string; grossOre: number };
type SinkAttachment = { filename: string; contentType: string; size: number; contentBase64: string };

/**
 * Issues the Aarhus direction's invoice with the app's own use cases, as staff will from
 * /admin; issuing queues its transmission. Whichever worker claims it first (the script's
 * --transmit or the app's) sends it; the app (with SMTP pointing at the sink) delivers the mail.
 */
function issueAarhusInvoice(outgoingDir: string): Issued {
  const output = execFileSync(
    path.join("node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/issue-invoices.ts", "--owner", DIRECTOR, "--transmit"],
    { env: { ...process.env, OUTGOING_INVOICE_DIR: outgoingDir }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const issued = JSON.parse(output.trim().split("\n").at(-1) ?? "[]") as Issued[];
  expect(issued, "an invoice was due for the Aarhus demo direction").toHaveLength(1);
  return issued[0]!;
}

async function signedInContext(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test("a director downloads their invoice, receives it by e-mail, and nobody else's director can fetch it", async ({ browser, page, request }) => {
  // Three sign-ins and a transmission on a busy machine.
  test.setTimeout(180_000);
  const since = new Date(Date.now() - 1000);
  const outgoingDir = mkdtempSync(path.join(os.tmpdir(), "k2030-e2e-outgoing-"));
  const invoice = issueAarhusInvoice(outgoingDir);
  const pdfFile = `faktura-${invoice.displayNumber}.pdf`;
  // Sent once, in the format Aarhus receives (Peppol BIS 3, the default).
  await expect
    .poll(async () => (await testPool().query(`SELECT status, format FROM "InvoiceTransmission" WHERE "invoiceId" = $1`, [invoice.id])).rows, { timeout: 30_000 })
    .toEqual([{ status: "SENT", format: "PEPPOL_BIS3" }]);

  // Not signed in.
  expect((await request.get(`/api/fakturaer/${invoice.id}/pdf`)).status()).toBe(401);

  await signIn(page, DIRECTOR);
  await expectNoAxeViolations(page);
  const pdf = await page.request.get(`/api/fakturaer/${invoice.id}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe(`attachment; filename="${pdfFile}"`);
  expect(pdf.headers()["cache-control"]).toContain("no-store");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const xml = await page.request.get(`/api/fakturaer/${invoice.id}/xml?format=oioubl`);
  expect(xml.status()).toBe(200);
  expect(xml.headers()["content-disposition"]).toBe(`attachment; filename="faktura-${invoice.displayNumber}.oioubl.xml"`);
  expect(await xml.text()).toContain("Procurement-BilSim-1.0");
  const peppol = await page.request.get(`/api/fakturaer/${invoice.id}/xml?format=peppol`);
  expect(await peppol.text()).toContain(`<cbc:ID>${invoice.displayNumber}</cbc:ID>`);
  expect((await page.request.get(`/api/fakturaer/${invoice.id}/xml?format=pdf`)).status()).toBe(400);
  expect((await page.request.get(`/api/fakturaer/findes-ikke/pdf`)).status()).toBe(404);

  // Another municipality's director may not fetch it.
  const other = await signedInContext(browser, OTHER_DIRECTOR);
  expect((await other.page.request.get(`/api/fakturaer/${invoice.id}/pdf`)).status()).toBe(403);
  expect((await other.page.request.get(`/api/fakturaer/${invoice.id}/xml`)).status()).toBe(403);
  await other.context.close();

  // The invoice e-mail reaches the real SMTP server with the PDF attached.
  const mail = (await waitForMail(DIRECTOR, since, new RegExp(`Faktura ${invoice.displayNumber}`))) as Awaited<ReturnType<typeof waitForMail>> & { attachments: SinkAttachment[] };
  expect(mail.text).toContain("Beløb inkl. moms");
  expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([[pdfFile, "application/pdf"]]);
  expect(Buffer.from(mail.attachments[0]!.contentBase64, "base64").subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
