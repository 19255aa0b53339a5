/**
 * The rimelighedskrav: how many trainees a company may reasonably take in relation to its ordinary
 * employees (DOMAIN.md, Matchmaking step 5: "1 trainee per 5 ordinary employees up to 50
 * employees, at least 1, then 1 per 10 more").
 *
 * How we read it:
 * - Up to 50 employees, every started group of five does not count, only whole groups: 1 per full
 *   five, so 9 employees allow 1 and 10 allow 2. 50 employees allow 10.
 * - Every company may take at least one trainee, also with 0-4 employees.
 * - Beyond 50, each full ten more employees allow one more: 59 -> 10, 60 -> 11, 100 -> 15.
 *
 * Examples: 0 -> 1, 5 -> 1, 9 -> 1, 10 -> 2, 49 -> 9, 50 -> 10, 59 -> 10, 60 -> 11, 100 -> 15,
 * 1000 -> 105.
 *
 * The platform shows the result as a warning, never a block: the jobcenter makes the legal
 * assessment, and it may count employees differently (e.g. full-time equivalents).
 */
export function maxTraineesFor(ordinaryEmployees: number): number {
  const employees = Math.max(0, Math.floor(ordinaryEmployees));
  if (employees <= 50) return Math.max(1, Math.floor(employees / 5));
  return 10 + Math.floor((employees - 50) / 10);
}

export interface ReasonableShare {
  /** Null when the company has not told us its number of employees. */
  maxTrainees: number | null;
  /** Seats across the company's open openings. */
  openSeats: number;
  /** True when the open seats exceed what the rimelighedskrav allows: the UI warns. */
  exceeded: boolean;
}

export function reasonableShareOf(employeeCount: number | null, openSeats: number): ReasonableShare {
  // Without an employee count there is nothing to measure against; warning on a guess would be noise.
  if (employeeCount === null) return { maxTrainees: null, openSeats, exceeded: false };
  const maxTrainees = maxTraineesFor(employeeCount);
  return { maxTrainees, openSeats, exceeded: openSeats > maxTrainees };
}
