import { describe, expect, it } from "vitest";
import { birthDateOfCpr, maskCpr, normaliseCpr } from "./cpr.js";

describe("CPR numbers", () => {
  it("accepts ten digits with or without the hyphen, including numbers that fail modulus 11", () => {
    expect(normaliseCpr("010190-1234")).toBe("0101901234");
    expect(normaliseCpr(" 0101901234 ")).toBe("0101901234");
    // 0101904321 fails the old modulus-11 check but is a valid number since 2007.
    expect(normaliseCpr("0101904321")).toBe("0101904321");
  });

  it("refuses wrong forms and dates that do not exist", () => {
    for (const bad of [
      "",
      "01019012345",
      "010190123",
      "0101901a34",
      "320190-1234",
      "011390-1234",
      "290201-1234",
      "000190-1234",
    ]) {
      expect(normaliseCpr(bad), bad).toBeUndefined();
    }
  });

  it("takes the century from the seventh digit", () => {
    expect(birthDateOfCpr("0101901234")).toBe("1990-01-01");
    expect(birthDateOfCpr("0101054234")).toBe("2005-01-01");
    expect(birthDateOfCpr("0101604234")).toBe("1960-01-01");
    expect(birthDateOfCpr("0101055234")).toBe("2005-01-01");
    expect(birthDateOfCpr("0101905234")).toBe("1890-01-01");
    expect(birthDateOfCpr("2902004234")).toBe("2000-02-29");
    expect(birthDateOfCpr("2902001234")).toBeUndefined();
  });

  it("masks all but the date", () => {
    expect(maskCpr("0101901234")).toBe("010190-XXXX");
  });
});
