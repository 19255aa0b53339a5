import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";

/**
 * Encryption of single sensitive fields (CPR numbers, support information) with AES-256-GCM.
 * Stored form: "v1." + base64url(iv | tag | ciphertext); the version lets the key be rotated later.
 */
export interface FieldCipher {
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  /** A keyed, deterministic hash for finding equal values (duplicates) without decrypting. */
  lookupHash(value: string): string;
}

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new Error("The encryption key must be 32 bytes");
  const encryptionKey = Buffer.from(
    hkdfSync("sha256", key, Buffer.alloc(0), "nextwork field encryption", 32),
  );
  const lookupKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "nextwork lookup hash", 32));
  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", encryptionKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
    },
    decrypt(stored) {
      const [version, payload] = stored.split(".");
      if (version !== VERSION || !payload) throw new Error("Unknown encrypted field format");
      const bytes = Buffer.from(payload, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", encryptionKey, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    },
    lookupHash(value) {
      return createHmac("sha256", lookupKey).update(value).digest("base64url");
    },
  };
}

/**
 * ENCRYPTION_KEY when set (required in production). Otherwise a key generated once into DATA_DIR,
 * so the embedded default works with no set-up; losing that file makes encrypted fields unreadable.
 */
export function loadEncryptionKey(config: Config): Buffer {
  if (config.encryptionKey) return config.encryptionKey;
  if (config.isProduction) throw new Error("ENCRYPTION_KEY is required in production (32 bytes, base64)");
  const file = path.join(config.dataDir, "encryption-key");
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  const key = randomBytes(32);
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o711 });
  fs.writeFileSync(file, key.toString("base64"), { mode: 0o600, flag: "wx" });
  return key;
}
