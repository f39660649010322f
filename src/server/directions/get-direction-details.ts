import "server-only";
import { db } from "@/server/db";

/** Everything the staff direction page shows of one direction, or null: participants, invoices with their latest transmission trouble and buyer answer, the municipality's domains. */
export async function getDirectionDetails({ directionId }: { directionId: string }) {
  return db.direction.findUnique({
    where: { id: directionId },
    include: {
      municipality: { include: { domains: { orderBy: { domain: "asc" } } } },
      owner: { select: { email: true } },
      cohort: { include: { programme: { select: { invoiceTiming: true, invoiceDaysBefore: true, maxParticipantsPerDirection: true } } } },
      participants: { orderBy: [{ status: "asc" }, { createdAt: "asc" }] },
      invoices: {
        orderBy: { createdAt: "asc" },
        include: {
          transmissions: { where: { status: { not: "SENT" } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, attempts: true, lastError: true, nextAttemptAt: true } },
          responses: { orderBy: [{ receivedAt: "desc" }, { id: "desc" }], take: 1 },
        },
      },
    },
  });
}
