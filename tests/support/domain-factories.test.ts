import { expect, it } from "vitest";
import { validCvr } from "./domain-factories.js";

it("makes distinct CVR numbers that pass the modulus-11 check", () => {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const numbers = Array.from({ length: 200 }, validCvr);
  expect(new Set(numbers).size).toBe(200);
  for (const cvr of numbers) {
    expect(cvr).toMatch(/^[1-9]\d{7}$/);
    const sum = cvr.split("").reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
    expect(sum % 11).toBe(0);
  }
});
