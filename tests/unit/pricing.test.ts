import { describe, expect, it } from "vitest";
import { amountsFor, formatVatRate, vatOf } from "../../src/domain/pricing";

const PRICE = 1_490_000;

describe("amounts in øre", () => {
  it("5 participants: 74.500,00 net, 18.625,00 moms, 93.125,00 total", () => {
    expect(amountsFor({ quantity: 5, unitPriceOre: PRICE, vatRateBasisPoints: 2500 })).toEqual({
      netOre: 7_450_000,
      vatOre: 1_862_500,
      grossOre: 9_312_500,
    });
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("%i participants add up exactly", (n) => {
    const a = amountsFor({ quantity: n, unitPriceOre: PRICE, vatRateBasisPoints: 2500 });
    expect(a.netOre).toBe(n * PRICE);
    expect(a.vatOre * 4).toBe(a.netOre);
    expect(a.grossOre).toBe(a.netOre + a.vatOre);
    expect(Number.isInteger(a.grossOre)).toBe(true);
  });

  it("rounds VAT half up to whole øre", () => {
    expect(vatOf(2, 2500)).toBe(1); // 0,5 øre → 1
    expect(vatOf(1, 2500)).toBe(0); // 0,25 øre → 0
    expect(vatOf(3, 2500)).toBe(1); // 0,75 øre → 1
  });

  it("refuses fractional øre and negative quantities", () => {
    expect(() => vatOf(1.5, 2500)).toThrow();
    expect(() => amountsFor({ quantity: -1, unitPriceOre: PRICE, vatRateBasisPoints: 2500 })).toThrow();
  });

  it("formats the VAT rate", () => {
    expect(formatVatRate(2500)).toBe("25 %");
  });
});
