// Danish public-sector identifiers used on invoices.

/** EAN/GLN (13 digits) with the GS1 check digit: weights 1,3,1,3… from the left over the first 12. */
export function isValidGln(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(value[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(value[12]);
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** CVR number: 8 digits, no leading zero, modulus 11 with weights 2,7,6,5,4,3,2,1. */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * CVR_WEIGHTS[i]!;
  return sum % 11 === 0;
}

/** Strips spaces and a leading "DK" so "DK 29 18 93 48" becomes "29189348". */
export function normaliseCvr(value: string): string {
  return value.replace(/\s+/g, "").replace(/^DK/i, "");
}

export function normaliseEan(value: string): string {
  return value.replace(/\s+/g, "");
}
