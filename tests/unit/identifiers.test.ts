import { describe, expect, it } from "vitest";
import { isValidCvr, isValidGln, normaliseCvr, normaliseEan } from "../../src/domain/identifiers";

describe("EAN/GLN check digit", () => {
  it.each(["5798000000018", "5798000000025", "5790000000012", "5798009882783"])("accepts %s", (ean) => {
    expect(isValidGln(ean)).toBe(true);
  });
  it.each([
    ["wrong check digit", "5798000000019"],
    ["12 digits", "579800000001"],
    ["14 digits", "57980000000180"],
    ["letters", "57980000000AB"],
    ["empty", ""],
  ])("rejects %s", (_label, ean) => {
    expect(isValidGln(ean)).toBe(false);
  });
  it("normalises spaces", () => expect(normaliseEan(" 5798 0000 00018 ")).toBe("5798000000018"));
});

describe("CVR modulus 11", () => {
  it.each(["55133018", "29189846", "29189854"])("accepts %s", (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });
  it.each([
    ["wrong checksum", "55133019"],
    ["leading zero", "01234567"],
    ["7 digits", "5513301"],
    ["letters", "5513301X"],
  ])("rejects %s", (_label, cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });
  it("normalises a DK prefix and spaces", () => expect(normaliseCvr("DK 55 13 30 18")).toBe("55133018"));
});
