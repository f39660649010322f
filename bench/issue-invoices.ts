// Issues `count` invoices, each rendered as PDF, Peppol UBL and OIOUBL, against DATABASE_URL.
// Run with `tsx --conditions=react-server` (server-only resolves to its empty module).
// Each invoice is fully credited before the next round so the same 40 directions can be
// invoiced again; only issuing and rendering are timed. Prints JSON figures.
import { db, transaction } from "@/server/db";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { creditInvoiceIn } from "@/server/invoices/credit-invoice";
import { loadInvoiceDocument } from "@/server/invoices/load-invoice-document";
import { renderInvoicePdf } from "@/server/invoices/render/invoice-pdf";
import { renderPeppolUbl } from "@/server/invoices/render/peppol-ubl";
import { renderOioubl } from "@/server/invoices/render/oioubl";

const count = Number(process.argv[2] ?? 400);
const EAN = "5798000000056";
const CVR = "29189889";

async function prepareDirections() {
  const programme = await db.programme.findFirstOrThrow();
  const cohorts = await db.cohort.findMany({ orderBy: { number: "asc" } });
  const taken = new Set((await db.direction.findMany({ select: { municipalityCode: true } })).map((d) => d.municipalityCode));
  const free = (await db.municipality.findMany({ orderBy: { code: "asc" } })).filter((m) => !taken.has(m.code));
  const directionIds: string[] = [];
  for (const cohort of cohorts) {
    const confirmed = await db.direction.count({ where: { cohortId: cohort.id, status: "CONFIRMED" } });
    for (let i = confirmed; i < cohort.maxDirections; i++) {
      const municipality = free.shift();
      if (!municipality) break;
      const direction = await db.direction.create({
        data: {
          programmeId: programme.id, cohortId: cohort.id, municipalityCode: municipality.code, status: "CONFIRMED",
          contactName: "Bench", contactEmail: `bench-${municipality.code}@example.dk`, ean: EAN, cvr: CVR,
          orderNumber: `B-${municipality.code}`, personReference: "Bench Person", billingName: municipality.officialName,
          billingStreet: "Torvet 1", billingPostalCode: "8000", billingCity: municipality.name,
          idempotencyKey: `bench-${municipality.code}`, termsAcceptedAt: new Date(),
          participants: { create: [{ name: "Bench Deltager", jobTitle: "Direktør", field: "MUNICIPAL_DIRECTOR", email: `p-${municipality.code}@example.dk` }] },
        },
      });
      directionIds.push(direction.id);
    }
  }
  return directionIds;
}

const directionIds = await prepareDirections();
let issued = 0;
let timedMs = 0;
let bytes = 0;
while (issued < count) {
  const directionId = directionIds[issued % directionIds.length]!;
  const started = performance.now();
  const invoice = await transaction((tx) => issueInvoice(tx, { directionId, actor: SYSTEM_ACTOR }));
  if (!invoice) throw new Error("nothing due");
  const loaded = await loadInvoiceDocument({ invoiceId: invoice.id });
  const pdf = await renderInvoicePdf(loaded!.document);
  bytes += pdf.length + renderPeppolUbl(loaded!.document).length + renderOioubl(loaded!.document).length;
  timedMs += performance.now() - started;
  issued++;
  await transaction((tx) => creditInvoiceIn(tx, { invoiceId: invoice.id, reason: "bench", actor: SYSTEM_ACTOR }));
}
console.log(JSON.stringify({ invoices: issued, directions: directionIds.length, seconds: +(timedMs / 1000).toFixed(2), perInvoiceMs: +(timedMs / issued).toFixed(1), megabytesRendered: +(bytes / 2 ** 20).toFixed(1) }));
await db.$disconnect();
process.exit(0);
