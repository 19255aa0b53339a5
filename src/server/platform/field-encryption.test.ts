import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { createFieldCipher, loadEncryptionKey } from "./field-encryption.js";

const cipher = createFieldCipher(Buffer.alloc(32, 1));

describe("field encryption", () => {
  it("round-trips, never stores the plaintext, and differs every time", () => {
    const first = cipher.encrypt("0101901234");
    const second = cipher.encrypt("0101901234");
    expect(first).not.toContain("0101901234");
    expect(first).not.toBe(second);
    expect(cipher.decrypt(first)).toBe("0101901234");
  });

  it("detects tampering and a wrong key", () => {
    const stored = cipher.encrypt("secret");
    const tampered = `${stored.slice(0, -2)}${stored.endsWith("A") ? "B" : "A"}A`;
    expect(() => cipher.decrypt(tampered)).toThrow();
    expect(() => createFieldCipher(Buffer.alloc(32, 2)).decrypt(stored)).toThrow();
  });

  it("gives equal lookup hashes for equal values only", () => {
    expect(cipher.lookupHash("0101901234")).toBe(cipher.lookupHash("0101901234"));
    expect(cipher.lookupHash("0101901234")).not.toBe(cipher.lookupHash("0101901235"));
  });

  it("generates a key into the data directory once, and demands one in production", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-key-"));
    try {
      const config = loadConfig({ DATA_DIR: dataDir });
      const key = loadEncryptionKey(config);
      expect(key).toHaveLength(32);
      expect(loadEncryptionKey(config).equals(key)).toBe(true);
      expect(fs.statSync(path.join(dataDir, "encryption-key")).mode & 0o777).toBe(0o600);
      expect(() => loadEncryptionKey(loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir }))).toThrow(
        /ENCRYPTION_KEY/,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
