import "server-only";
import { transmitInvoice } from "@/server/invoicing/transmit-invoice";

// Rendering one invoice (PDF, Peppol and OIOUBL) is ~120 ms of CPU on the event loop that also
// runs every request. During a burst of registrations that would stall the very transactions
// holding a cohort's lock, so invoices wait until commits pause for QUIET_MS (at most
// MAX_DELAY_MS), then go out one at a time.
const QUIET_MS = 1000;
const MAX_DELAY_MS = 10_000;

const state = globalThis as unknown as {
  invoiceTransmissions?: { pending: string[]; firstQueuedAt: number | null; timer: NodeJS.Timeout | null; running: Promise<void> };
};

/**
 * Sends issued invoices or credit notes after their transaction has committed, shortly after
 * the response. The change is already saved, so a failure is logged for staff (who can resend
 * from /admin) rather than reported as a failed change.
 */
export function transmitAfterCommit(...invoices: ({ id: string } | null | undefined)[]) {
  const ids = invoices.filter((invoice): invoice is { id: string } => Boolean(invoice)).map((invoice) => invoice.id);
  // Integration tests transmit explicitly, so background work never races a table reset.
  if (ids.length === 0 || process.env.OUTBOX_WORKER === "off") return;
  const queue = (state.invoiceTransmissions ??= { pending: [], firstQueuedAt: null, timer: null, running: Promise.resolve() });
  queue.pending.push(...ids);
  queue.firstQueuedAt ??= Date.now();
  if (queue.timer) clearTimeout(queue.timer);
  queue.timer = setTimeout(flush, Math.max(0, Math.min(QUIET_MS, queue.firstQueuedAt + MAX_DELAY_MS - Date.now())));
}

function flush() {
  const queue = state.invoiceTransmissions!;
  const ids = queue.pending.splice(0);
  queue.firstQueuedAt = null;
  queue.timer = null;
  queue.running = queue.running.then(async () => {
    for (const invoiceId of ids) {
      try {
        await transmitInvoice({ invoiceId });
      } catch (error) {
        console.error(`invoice ${invoiceId}: transmission after commit failed`, error);
      }
    }
  });
}
