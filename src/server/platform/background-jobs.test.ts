import { afterEach, describe, expect, it } from "vitest";
import { type BackgroundJob, type RunningBackgroundJobs, startBackgroundJobs } from "./background-jobs.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 2_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await wait(5);
  }
}

function recordingLogger() {
  const errors: { details: object; message: string }[] = [];
  return { errors, error: (details: object, message: string) => errors.push({ details, message }) };
}

let running: RunningBackgroundJobs | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe("background jobs", () => {
  it("run once at start, then again after each interval, with the clock's time", async () => {
    const times: Date[] = [];
    const clock = { now: () => new Date("2026-11-28T09:00:00.000Z") };
    running = startBackgroundJobs({
      clock,
      logger: recordingLogger(),
      jobs: [{ name: "count", intervalMs: 10, run: async (now) => void times.push(now) }],
    });
    await until(() => times.length >= 3);
    expect(times[0]?.toISOString()).toBe("2026-11-28T09:00:00.000Z");
  });

  it("never overlaps a run with itself: the next waits for the previous to finish", async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const slow: BackgroundJob = {
      name: "slow",
      intervalMs: 1,
      run: async () => {
        active += 1;
        most = Math.max(most, active);
        await wait(20);
        active -= 1;
        runs += 1;
      },
    };
    running = startBackgroundJobs({ logger: recordingLogger(), jobs: [slow] });
    await until(() => runs >= 3);
    expect(most).toBe(1);
  });

  it("log a failing run and keep going, without stopping the other jobs", async () => {
    const logger = recordingLogger();
    let failures = 0;
    let successes = 0;
    running = startBackgroundJobs({
      logger,
      jobs: [
        {
          name: "broken",
          intervalMs: 5,
          run: async () => {
            failures += 1;
            throw new Error("database went away");
          },
        },
        {
          name: "fine",
          intervalMs: 5,
          run: async () => {
            successes += 1;
          },
        },
      ],
    });
    await until(() => failures >= 3 && successes >= 3);
    expect(logger.errors[0]).toMatchObject({
      message: "background job failed",
      details: { job: "broken", err: expect.objectContaining({ message: "database went away" }) },
    });
  });

  it("stop waits for the run in progress and starts no new one", async () => {
    let started = 0;
    let finished = 0;
    running = startBackgroundJobs({
      logger: recordingLogger(),
      jobs: [
        {
          name: "slow",
          intervalMs: 1,
          run: async () => {
            started += 1;
            await wait(50);
            finished += 1;
          },
        },
      ],
    });
    await until(() => started === 1);
    await running.stop();
    expect(finished).toBe(1);
    await wait(30);
    expect(started).toBe(1);
  });
});
