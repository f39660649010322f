import { describe, expect, it } from "vitest";
import { axisTicks, niceCeiling, scaleLinear } from "@/lib/chart-scale";

describe("niceCeiling", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 14, 36, 40, 98, 101].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 50, 50, 100, 200]);
  });
});

describe("axisTicks", () => {
  it("gives whole, evenly spaced gridlines ending at the nice maximum", () => {
    expect(axisTicks(14)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(36)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(2)).toEqual([0, 1, 2]);
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(100)).toEqual([0, 25, 50, 75, 100]);
  });

  it("never produces fractional ticks for small counts", () => {
    for (const max of [1, 2, 3, 4, 5, 6, 9]) {
      for (const t of axisTicks(max)) expect(Number.isInteger(t)).toBe(true);
    }
  });
});

describe("scaleLinear", () => {
  it("maps proportionally and clamps to the axis", () => {
    expect(scaleLinear(5, 20, 400)).toBe(100);
    expect(scaleLinear(30, 20, 400)).toBe(400);
    expect(scaleLinear(-1, 20, 400)).toBe(0);
    expect(scaleLinear(3, 0, 400)).toBe(0);
  });
});
