// Issues (and optionally transmits) the invoices due for confirmed directions, outside the
// app: for the demo seed and end-to-end tests until staff have a screen for it.
// Run with `tsx --conditions=react-server` so `server-only` resolves to its empty module.
//   tsx --conditions=react-server scripts/issue-invoices.ts [--owner EMAIL | --municipality CODE ...] [--transmit | --unsent]
// Issuing queues each invoice's transmission; the app's worker sends it. --transmit sends them
// from here at once; --unsent (demo data only) takes them out of the outbox, so the invoices stay
// ISSUED until staff send them from /admin. Prints the issued invoices as JSON. Queued e-mail is
// left to the app's outbox worker.
import { parseArgs } from "node:util";
import { db, transaction } from "@/server/db";
import { SYSTEM_ACTOR } from "@/server/auth/actor";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { deliverTransmissions } from "@/server/invoices/deliver-transmissions";

const { values } = parseArgs({
  options: {
    owner: { type: "string", multiple: true },
    municipality: { type: "string", multiple: true },
    transmit: { type: "boolean", default: false },
    unsent: { type: "boolean", default: false },
  },
});

async function main() {
  const directions = await db.direction.findMany({
    where: {
      status: "CONFIRMED",
      ...(values.owner ? { owner: { email: { in: values.owner.map((e) => e.toLowerCase()) } } } : {}),
      ...(values.municipality ? { municipalityCode: { in: values.municipality } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, municipalityCode: true },
  });
  const issued = [];
  for (const direction of directions) {
    const invoice = await transaction((tx) => issueInvoice(tx, { directionId: direction.id, actor: SYSTEM_ACTOR }));
    if (!invoice) continue;
    issued.push({ id: invoice.id, displayNumber: invoice.displayNumber, directionId: direction.id, municipalityCode: direction.municipalityCode, grossOre: invoice.grossOre });
  }
  // Every issue queued its transmission; --transmit delivers them now instead of leaving them to the app's worker.
  if (values.transmit) while ((await deliverTransmissions()).sent > 0);
  if (values.unsent) await db.invoiceTransmission.deleteMany({ where: { invoiceId: { in: issued.map((i) => i.id) }, status: "PENDING" } });
  console.log(JSON.stringify(issued));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
