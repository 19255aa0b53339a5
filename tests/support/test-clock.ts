import type { Clock } from "../../src/server/platform/clock.js";

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private current: number;

  constructor(start: Date = new Date("2026-11-28T09:00:00.000Z")) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export const minutes = (n: number) => n * 60_000;
