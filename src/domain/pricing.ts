// Prices and VAT in integer øre. VAT is computed on the invoice total, rounded half up
// to whole øre, as Danish bookkeeping practice and EN 16931 (BR-CO-14) expect.

export interface Amounts {
  netOre: number;
  vatOre: number;
  grossOre: number;
}

export function vatOf(netOre: number, vatRateBasisPoints: number): number {
  if (!Number.isSafeInteger(netOre) || netOre < 0) throw new RangeError("net must be a non-negative whole number of øre");
  // Half-up rounding in integers: floor((net * bp + 5000) / 10000).
  return Math.floor((netOre * vatRateBasisPoints + 5000) / 10000);
}

export function amountsFor(input: { quantity: number; unitPriceOre: number; vatRateBasisPoints: number }): Amounts {
  if (!Number.isSafeInteger(input.quantity) || input.quantity < 0) throw new RangeError("quantity must be a non-negative integer");
  const netOre = input.quantity * input.unitPriceOre;
  const vatOre = vatOf(netOre, input.vatRateBasisPoints);
  return { netOre, vatOre, grossOre: netOre + vatOre };
}

/** "25 %" from basis points. */
export function formatVatRate(vatRateBasisPoints: number): string {
  const whole = Math.floor(vatRateBasisPoints / 100);
  const rest = vatRateBasisPoints % 100;
  return rest === 0 ? `${whole} %` : `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")} %`;
}
