import { describe, expect, it } from "vitest";
import { pageCountOf, pageWindow } from "../../src/domain/paging";

describe("paging the admin lists", () => {
  it("page 1 starts at the first row, page 3 after two pages", () => {
    expect(pageWindow(1, 30)).toEqual({ skip: 0, take: 30 });
    expect(pageWindow(3, 30)).toEqual({ skip: 60, take: 30 });
  });

  it("counts a partly filled last page, and an empty list as one page", () => {
    expect(pageCountOf(0, 50)).toBe(1);
    expect(pageCountOf(50, 50)).toBe(1);
    expect(pageCountOf(51, 50)).toBe(2);
  });
});
