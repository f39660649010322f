// Idempotent seed: reference data is upserted on every start; demo data (including the demo
// staff and partner accounts) is loaded only into a database with no programme yet, and only
// for the demo (APP_ENV=demo, as `npm start` sets without DATABASE_URL) or SEED_DEMO=true.
// Fail closed: a production database never gets demo accounts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client";
import { pgPoolConfig } from "../src/server/pg-config";
import { PARTNER_ASSOCIATIONS } from "../src/domain/fields";
import { COHORTS, DEMO_DIRECTIONS, DEMO_USERS, PROGRAMME, demoDomainOf } from "./demo-data";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const prisma = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url, 1)) });

function readMunicipalities() {
  const csv = readFileSync(path.join(import.meta.dirname, "data/municipalities.csv"), "utf8");
  const [, ...rows] = csv.trim().split(/\r?\n/);
  return rows.map((row) => {
    const [code, name, officialName, regionCode, regionName] = row.split(",");
    if (!code || !name || !officialName || !regionCode || !regionName) throw new Error(`bad municipality row: ${row}`);
    return { code, name, officialName, regionCode, regionName };
  });
}

/** The municipalities' own e-mail domains, where they are certain (prisma/data/municipality-domains.csv). */
function readMunicipalityDomains() {
  const csv = readFileSync(path.join(import.meta.dirname, "data/municipality-domains.csv"), "utf8");
  const [, ...rows] = csv.trim().split(/\r?\n/);
  return rows.map((row) => {
    const [municipalityCode, domain] = row.split(",");
    if (!municipalityCode || !domain) throw new Error(`bad municipality domain row: ${row}`);
    return { municipalityCode, domain };
  });
}

/**
 * Domains are seeded once, into an empty table: after that staff own them (/admin/kommuner),
 * and a domain they removed must not come back on the next start.
 */
async function seedMunicipalityDomains() {
  if ((await prisma.municipalityDomain.count()) > 0) return 0;
  const { count } = await prisma.municipalityDomain.createMany({ data: readMunicipalityDomains(), skipDuplicates: true });
  return count;
}

async function seedReferenceData() {
  const municipalities = readMunicipalities();
  for (const m of municipalities) {
    await prisma.municipality.upsert({ where: { code: m.code }, create: m, update: m });
  }
  const domains = await seedMunicipalityDomains();
  if (domains > 0) console.log(`seed: ${domains} municipal e-mail domains`);
  for (const p of PARTNER_ASSOCIATIONS) {
    const data = { name: p.name, fields: [...p.fields] };
    await prisma.partnerAssociation.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: data });
  }
  return municipalities.length;
}

async function createProgramme(demo: boolean) {
  // Outside the demo, seller details start from Komponent's public details without the
  // demo marker; staff confirm CVR and bank account before the first invoice.
  const data = demo ? PROGRAMME : { ...PROGRAMME, sellerName: PROGRAMME.sellerName.replace(" (demo)", "") };
  const programme = await prisma.programme.create({ data });
  for (const series of ["F", "K"]) {
    await prisma.invoiceCounter.create({ data: { programmeId: programme.id, series } });
  }
  return programme;
}

async function seedDemo() {
  const programme = await createProgramme(true);
  const cohorts = [];
  for (const cohort of COHORTS) {
    cohorts.push(await prisma.cohort.create({ data: { ...cohort, programmeId: programme.id } }));
  }
  // Demo directors sign in as <name>@<municipality>.demo.dk: that is their municipality's own domain in the demo.
  const all = await prisma.municipality.findMany({ select: { code: true, name: true } });
  await prisma.municipalityDomain.createMany({ data: all.map((m) => ({ municipalityCode: m.code, domain: demoDomainOf(m.name) })), skipDuplicates: true });
  for (const user of DEMO_USERS) {
    await prisma.user.create({ data: { ...user, emailVerified: new Date() } });
  }
  const first = cohorts[0]!;
  for (const [index, d] of DEMO_DIRECTIONS.entries()) {
    const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: d.municipalityCode } });
    const owner = await prisma.user.create({ data: { email: d.contactEmail, name: d.contactName, role: "DIRECTOR" } });
    await prisma.direction.create({
      data: {
        programmeId: programme.id,
        cohortId: first.id,
        municipalityCode: d.municipalityCode,
        status: "CONFIRMED",
        contactName: d.contactName,
        contactEmail: d.contactEmail,
        ownerUserId: owner.id,
        ean: d.ean,
        cvr: d.cvr,
        orderNumber: `DEMO-${1000 + index}`,
        personReference: d.contactName.replace(" (demo)", ""),
        billingName: municipality.officialName,
        billingStreet: "Rådhuspladsen 1",
        billingPostalCode: "0000",
        billingCity: municipality.name,
        idempotencyKey: `demo-${d.municipalityCode}`,
        termsAcceptedAt: new Date(),
        participants: {
          create: d.participants.map((p, i) => ({
            ...p,
            dietaryConsent: p.dietaryNeeds !== undefined,
            email: `deltager${i + 1}@${municipality.name.toLowerCase().replace(/[^a-z]/g, "")}.demo.dk`,
            overnightStay: true,
          })),
        },
      },
    });
  }
  return cohorts.length;
}

async function main() {
  const municipalities = await seedReferenceData();
  const existing = await prisma.programme.count();
  if (existing > 0) {
    console.log(`seed: ${municipalities} municipalities up to date; programme exists, demo data left as is`);
    return;
  }
  const demo = process.env.SEED_DEMO === "true" || (process.env.SEED_DEMO !== "false" && process.env.APP_ENV === "demo");
  if (!demo) {
    await createProgramme(false);
    console.log(`seed: ${municipalities} municipalities and the programme; no demo data (not the demo, SEED_DEMO is not true)`);
    return;
  }
  const cohorts = await seedDemo();
  console.log(`seed: ${municipalities} municipalities, programme with ${cohorts} demo cohorts and ${DEMO_DIRECTIONS.length} demo directions`);
  if (process.env.SEED_DEMO_INVOICES !== "false") await seedDemoInvoices();
}

/**
 * Issued (not transmitted, so no mail) invoices for every demo direction except Aarhus's,
 * whose director walks through the first invoice in the demo and the end-to-end tests.
 * Issued by the app's own use case, which is server-only: a separate tsx process with the
 * react-server condition, after this process has let go of the database (embedded mode
 * serves one connection reliably).
 */
async function seedDemoInvoices() {
  await prisma.$disconnect();
  const municipalities = DEMO_DIRECTIONS.map((d) => d.municipalityCode).filter((code) => code !== "0751");
  const output = execFileSync(
    path.join("node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/issue-invoices.ts", "--unsent", ...municipalities.flatMap((code) => ["--municipality", code])],
    { env: process.env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const issued = JSON.parse(output.trim().split("\n").at(-1) ?? "[]") as { displayNumber: string }[];
  console.log(`seed: ${issued.length} demo invoices issued (${issued.map((i) => i.displayNumber).join(", ")})`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
