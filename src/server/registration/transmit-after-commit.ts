import "server-only";
import { transmitInvoice } from "@/server/invoicing/transmit-invoice";
import { whenQuiet } from "@/server/jobs/when-quiet";
import { env } from "@/env";

const state = globalThis as unknown as { invoiceTransmissions?: { pending: string[]; running: Promise<void> } };

/**
 * Sends issued invoices or credit notes after their transaction has committed, shortly after
 * the response: rendering one (PDF, Peppol and OIOUBL) is ~30 ms of CPU, so they wait until
 * commits pause (whenQuiet) and then go out one at a time. The change is already saved, so a
 * failure is logged for staff (who can resend from /admin) rather than reported as a failed change.
 */
export function transmitAfterCommit(...invoices: ({ id: string } | null | undefined)[]) {
  const ids = invoices.filter((invoice): invoice is { id: string } => Boolean(invoice)).map((invoice) => invoice.id);
  // Integration tests transmit explicitly, so background work never races a table reset.
  if (ids.length === 0 || !env.backgroundJobs) return;
  const queue = (state.invoiceTransmissions ??= { pending: [], running: Promise.resolve() });
  queue.pending.push(...ids);
  whenQuiet("invoice transmission", flush);
}

async function flush() {
  const queue = state.invoiceTransmissions!;
  const ids = queue.pending.splice(0);
  queue.running = queue.running.then(async () => {
    for (const invoiceId of ids) {
      try {
        await transmitInvoice({ invoiceId });
      } catch (error) {
        console.error(`invoice ${invoiceId}: transmission after commit failed`, error);
      }
    }
  });
  await queue.running;
}
