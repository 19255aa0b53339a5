import { describe, expect, it } from "vitest";
import { hashPassword, passwordWeakness, verifyPassword } from "./passwords.js";

describe("passwords", () => {
  it("accepts 10 to 128 characters that are not common", () => {
    expect(passwordWeakness("ten chars!")).toBeUndefined();
    expect(passwordWeakness("x".repeat(128))).toBeUndefined();
    expect(passwordWeakness("nine char")).toMatch(/at least 10/);
    expect(passwordWeakness("x".repeat(129))).toMatch(/at most 128/);
  });

  it("refuses common passwords whatever their case", () => {
    expect(passwordWeakness("password123")).toMatch(/common/);
    expect(passwordWeakness("PASSWORD123")).toMatch(/common/);
    expect(passwordWeakness("1234567890")).toMatch(/common/);
  });

  it("hashes with argon2id at the required cost and verifies", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse battery")).toBe(false);
    expect(await verifyPassword(null, "anything at all")).toBe(false);
  });
});
