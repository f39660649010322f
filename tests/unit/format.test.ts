import { describe, expect, it } from "vitest";
import { formatAmount, formatDateLong, formatDateTimeLong, formatDayRange, formatTime, formatKroner, formatWholeKroner, isoDateInCopenhagen, parseCopenhagenLocal } from "../../src/lib/format";
import { displayInvoiceNumber, isGapless } from "../../src/domain/invoice-numbering";

describe("Danish money format", () => {
  it("formats øre as kroner", () => {
    expect(formatKroner(1_490_000)).toBe("14.900,00 kr.");
    expect(formatKroner(9_312_500)).toBe("93.125,00 kr.");
    expect(formatAmount(5)).toBe("0,05");
    expect(formatAmount(-123456)).toBe("-1.234,56");
    expect(formatWholeKroner(1_490_000)).toBe("14.900 kr.");
  });
  it("refuses fractional øre", () => expect(() => formatKroner(1.5)).toThrow());
});

describe("Danish dates in Europe/Copenhagen", () => {
  it("formats winter and summer time", () => {
    expect(formatDateTimeLong(new Date("2026-03-10T11:00:00Z"))).toBe("tirsdag den 10. marts 2026 kl. 12.00");
    expect(formatDateTimeLong(new Date("2027-04-20T10:00:00Z"))).toBe("tirsdag den 20. april 2027 kl. 12.00");
  });
  it("answers each instant and pattern for itself when formatting again (the formats are memoised)", () => {
    const winter = new Date("2026-03-10T11:00:00Z");
    const summer = new Date("2027-04-20T10:00:00Z");
    for (let round = 0; round < 2; round++) {
      expect(formatDateTimeLong(winter)).toBe("tirsdag den 10. marts 2026 kl. 12.00");
      expect(formatDateLong(winter)).toBe("tirsdag den 10. marts 2026");
      expect(formatDateTimeLong(summer)).toBe("tirsdag den 20. april 2027 kl. 12.00");
      expect(formatTime(summer)).toBe("12.00");
    }
  });
  it("formats a seminar's day range", () => {
    expect(formatDayRange(new Date("2027-03-09T11:00:00Z"), new Date("2027-03-10T11:00:00Z"))).toBe("9.–10. marts 2027");
    expect(formatDayRange(new Date("2027-03-31T10:00:00Z"), new Date("2027-04-01T10:00:00Z"))).toBe("31. marts – 1. april 2027");
  });
  it("uses the Copenhagen calendar date near midnight", () => {
    expect(isoDateInCopenhagen(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
  it("parses local input as Copenhagen time", () => {
    expect(parseCopenhagenLocal("2027-03-09T12:00")?.toISOString()).toBe("2027-03-09T11:00:00.000Z");
    expect(parseCopenhagenLocal("2027-06-01T12:00")?.toISOString()).toBe("2027-06-01T10:00:00.000Z");
    expect(parseCopenhagenLocal("2027-02-30")).toBeNull();
    expect(parseCopenhagenLocal("nonsense")).toBeNull();
  });
});

describe("invoice numbering", () => {
  it("pads display numbers", () => expect(displayInvoiceNumber("K2030", "F", 7)).toBe("K2030-F-0007"));
  it("detects gaps and duplicates", () => {
    expect(isGapless([3, 1, 2])).toBe(true);
    expect(isGapless([1, 3])).toBe(false);
    expect(isGapless([1, 1, 2])).toBe(false);
  });
});
