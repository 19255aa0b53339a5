/**
 * Danish CPR numbers. Since 2007 not every number passes the old modulus-11 check, so only the
 * form and the date are validated: ten digits, the first six a real date (DDMMYY), its century
 * given by the seventh digit.
 */

/** The ten digits of a CPR number written as "DDMMYYXXXX" or "DDMMYY-XXXX", or undefined. */
export function normaliseCpr(input: string): string | undefined {
  const match = /^(\d{6})-?(\d{4})$/.exec(input.trim());
  if (!match) return undefined;
  const digits = `${match[1]}${match[2]}`;
  return birthDateOfCpr(digits) ? digits : undefined;
}

/** The birth date a CPR number encodes (YYYY-MM-DD), or undefined when it is no real date. */
export function birthDateOfCpr(digits: string): string | undefined {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yearInCentury = Number(digits.slice(4, 6));
  const centuryDigit = Number(digits.slice(6, 7));
  const year = centuryOf(centuryDigit, yearInCentury) + yearInCentury;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}

function centuryOf(centuryDigit: number, yearInCentury: number): number {
  if (centuryDigit <= 3) return 1900;
  if (centuryDigit === 4 || centuryDigit === 9) return yearInCentury <= 36 ? 2000 : 1900;
  return yearInCentury <= 57 ? 2000 : 1800;
}

/** Shown instead of the number: the date part only. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-XXXX`;
}
