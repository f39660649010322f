// Axis scaling for the server-rendered SVG charts: round maxima (1, 2, 5 × 10ⁿ) so the
// gridlines fall on numbers a reader can check against the table.

/** Smallest 1/2/5 × 10ⁿ that is ≥ max (at least 1, so an empty chart still has an axis). */
export function niceCeiling(max: number): number {
  if (!Number.isFinite(max) || max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Whole-number, evenly spaced gridline values from 0 to niceCeiling(max): 4 or 5 steps when possible. */
export function axisTicks(max: number): number[] {
  const top = niceCeiling(max);
  const steps = [4, 5, 2, 1].find((n) => Number.isInteger(top / n)) ?? 1;
  return Array.from({ length: steps + 1 }, (_, i) => (top / steps) * i);
}

/** Maps value in [0, max] onto [0, length] pixels; 0 for an empty scale. */
export function scaleLinear(value: number, max: number, length: number): number {
  if (max <= 0) return 0;
  return (Math.min(Math.max(value, 0), max) / max) * length;
}
