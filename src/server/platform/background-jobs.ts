import { type Clock, systemClock } from "./clock.js";

/**
 * Jobs that run inside the server process on a timer (reminder mails, group meetings ahead). Each
 * job must be safe to run on several server instances at once and to repeat after a restart: the
 * runner promises only "now and then", never "exactly once".
 */
export interface BackgroundJob {
  name: string;
  /** Pause between the end of one run and the start of the next. */
  intervalMs: number;
  run(now: Date): Promise<void>;
}

export interface BackgroundJobLogger {
  error(details: object, message: string): void;
}

export interface RunningBackgroundJobs {
  /** Stops scheduling and waits for runs in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Runs each job once at once, then `intervalMs` after its previous run finished, so a slow run
 * never overlaps itself. A failing run is logged and the job carries on. The timers are unref'd:
 * they never keep a process alive that is otherwise done.
 */
export function startBackgroundJobs(options: {
  jobs: readonly BackgroundJob[];
  logger: BackgroundJobLogger;
  clock?: Clock;
}): RunningBackgroundJobs {
  const clock = options.clock ?? systemClock;
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const schedule = (job: BackgroundJob, delayMs: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      const run = runOnce(job).finally(() => {
        running.delete(run);
        if (!stopped) schedule(job, job.intervalMs);
      });
      running.add(run);
    }, delayMs);
    timer.unref();
    timers.add(timer);
  };

  const runOnce = async (job: BackgroundJob) => {
    try {
      await job.run(clock.now());
    } catch (error) {
      options.logger.error({ err: error, job: job.name }, "background job failed");
    }
  };

  for (const job of options.jobs) schedule(job, 0);

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all([...running]);
    },
  };
}
