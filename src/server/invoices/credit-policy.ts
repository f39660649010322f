import "server-only";
import { isUncreditedInvoice } from "@/domain/invoice-quantities";
import { DomainError } from "@/domain/errors";
import { isFreeCancellation } from "@/domain/change-windows";
import { isStaff, type Actor } from "@/server/auth/actor";

/**
 * Whether a cancellation is credited: free inside the programme's terms, charged after. Staff
 * may waive or impose the fee (`withFee`) case by case; directors get the terms as written.
 */
export function shouldCredit({ actor, withFee, now, seminarStart, freeCancellationDays }: { actor: Actor; withFee?: boolean; now: Date; seminarStart: Date | null; freeCancellationDays: number }): boolean {
  if (withFee !== undefined) {
    if (!isStaff(actor)) throw new DomainError("FORBIDDEN");
    return !withFee;
  }
  return isFreeCancellation({ now, seminarStart, freeCancellationDays });
}

/** The invoice a single-participant credit note refers to: the newest invoice not yet fully credited. */
export function invoiceToCredit<T extends { kind: string; status: string; createdAt: Date }>(invoices: T[]): T | null {
  const open = invoices.filter(isUncreditedInvoice).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return open[0] ?? null;
}
