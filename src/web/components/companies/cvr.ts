const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** A CVR number as typed, without the spaces people put in ("12 34 56 78"). */
export function normaliseCvr(value: string): string {
  return value.replace(/\s+/g, "");
}

/** What is wrong with a CVR number, checked as the server does (8 digits, modulus 11), or null. */
export function cvrIssue(value: string): "format" | "checksum" | null {
  const cvr = normaliseCvr(value);
  if (!/^\d{8}$/.test(cvr)) return "format";
  let sum = 0;
  for (let i = 0; i < CVR_WEIGHTS.length; i++) sum += Number(cvr[i]) * (CVR_WEIGHTS[i] ?? 0);
  return sum % 11 === 0 ? null : "checksum";
}
