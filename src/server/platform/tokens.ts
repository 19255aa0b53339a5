import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random 256-bit token for cookies and emailed links. */
export function createToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored only as their hash, so a database leak does not leak usable sessions or links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
