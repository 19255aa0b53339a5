/** The weights of the CVR modulus-11 check, one per digit (CVR-loven; the last digit is the check digit). */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * Whether a string is a CVR number: exactly 8 digits whose weighted sum is divisible by 11.
 * Callers normalise (strip spaces) first; this check takes the text as it is.
 */
export function isValidCvr(cvr: string): boolean {
  if (!/^\d{8}$/.test(cvr)) return false;
  let sum = 0;
  for (let i = 0; i < CVR_WEIGHTS.length; i++) sum += Number(cvr[i]) * (CVR_WEIGHTS[i] ?? 0);
  return sum % 11 === 0;
}
