export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** A light check that catches typos; the server decides what is a valid address. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export type PasswordIssue = "required" | "tooShort" | "tooLong";

export function passwordIssue(password: string): PasswordIssue | null {
  if (password.length === 0) return "required";
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  return null;
}
