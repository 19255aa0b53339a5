import { Worker } from "node:worker_threads";
import {
  type AssignmentInstance,
  assignmentSummary,
  assignStably,
  type StableAssignment,
} from "../matching/stable-assignment.js";

/**
 * Runs an event's assignment (matching/stable-assignment.ts) where it cannot stall the server. The
 * algorithm needs about 10 ms for 10,000 young people and 0.2 s for 200,000; run on the event loop,
 * the large case would hold every other request for that long. So events above a threshold are
 * assigned in a worker thread: the typed arrays are transferred there and the result transferred
 * back, never copied or serialised. Small events are assigned inline, because the round trip costs
 * more than they take. Both ways run the same function on the same data.
 */

export interface AssignmentOutcome extends StableAssignment {
  summary: { byChoice: number[]; unassigned: number; freeSeats: number };
}

/** Above this many young people, the worker thread assigns. */
export const WORKER_THRESHOLD = 2_000;

/** The assignment and its figures; what the worker runs, and what runs inline. */
export function assignWithSummary(instance: AssignmentInstance): AssignmentOutcome {
  const result = assignStably(instance);
  return { ...result, summary: assignmentSummary(instance, result) };
}

export interface AssignmentRunner {
  /**
   * Starts the worker thread now if an event of this many young people will need it, so its start
   * overlaps reading the rankings instead of following it.
   */
  warmUp(youthCount: number): void;
  /** The instance's arrays may be transferred to the worker: the caller must not use them afterwards. */
  assign(instance: AssignmentInstance): Promise<AssignmentOutcome>;
  /** Ends the worker thread, if one was started. */
  close(): Promise<void>;
}

/**
 * The server runs TypeScript through tsx (`npm start`), and so does every test. A worker is a new
 * isolate that must load tsx itself before it can read the .ts worker file, and on Node 20 tsx
 * registers itself only on the main thread (`--import tsx` does nothing in a worker). So the worker
 * starts from a short script that registers tsx's loader through its API, then imports the worker
 * file. Both are resolved from here, never from the working directory.
 */
const tsxApi = import.meta.resolve("tsx/esm/api");
const workerFile = new URL("./assignment-worker.ts", import.meta.url).href;
const workerBootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => {
  register();
  return import(${JSON.stringify(workerFile)});
});`;

interface PendingRun {
  resolve(outcome: AssignmentOutcome): void;
  reject(error: Error): void;
}

/**
 * One runner per app. Its worker thread starts with the first large event and then stays, because
 * starting one (loading tsx and compiling) takes about half a second, longer than assigning 200,000
 * young people; it does not keep the process alive while idle. Runs queue in the worker one at a time.
 */
export function createAssignmentRunner(options: { workerThreshold?: number } = {}): AssignmentRunner {
  const threshold = options.workerThreshold ?? WORKER_THRESHOLD;
  let worker: Worker | undefined;
  let nextRunId = 0;
  const pending = new Map<number, PendingRun>();

  const failAll = (error: Error) => {
    for (const run of pending.values()) run.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(workerBootstrap, { eval: true });
    started.unref();
    started.on("message", (message: unknown) => {
      const answer = answerFrom(message);
      const run = answer ? pending.get(answer.runId) : undefined;
      if (!answer || !run) {
        failAll(new Error("the assignment worker answered something unexpected"));
        return;
      }
      pending.delete(answer.runId);
      if (pending.size === 0) started.unref();
      if ("error" in answer) run.reject(new Error(`assignment failed in the worker: ${answer.error}`));
      else run.resolve(answer.outcome);
    });
    started.on("error", (error) => {
      if (worker === started) worker = undefined;
      failAll(error);
    });
    started.on("exit", (code) => {
      if (worker === started) worker = undefined;
      failAll(new Error(`the assignment worker exited with code ${code}`));
    });
    return started;
  };

  const assignInWorker = (instance: AssignmentInstance) =>
    new Promise<AssignmentOutcome>((resolve, reject) => {
      worker ??= start();
      const runId = nextRunId++;
      pending.set(runId, { resolve, reject });
      // Kept alive while it works for someone, so the answer is awaited even in a short-lived process.
      worker.ref();
      worker.postMessage({ runId, instance }, [
        bufferOf(instance.capacities),
        bufferOf(instance.youthListStart),
        bufferOf(instance.youthLists),
        bufferOf(instance.openingListStart),
        bufferOf(instance.openingLists),
      ]);
    });

  return {
    warmUp(youthCount) {
      if (youthCount > threshold) worker ??= start();
    },
    async assign(instance) {
      return instance.youthCount > threshold ? assignInWorker(instance) : assignWithSummary(instance);
    },
    async close() {
      const running = worker;
      worker = undefined;
      if (running) await running.terminate();
    },
  };
}

/** A typed array's own memory, to transfer; one that shares memory cannot be transferred. */
export function bufferOf(array: Int32Array): ArrayBuffer {
  const { buffer } = array;
  if (!(buffer instanceof ArrayBuffer)) throw new TypeError("a shared array cannot be transferred");
  return buffer;
}

type WorkerAnswer = { runId: number; outcome: AssignmentOutcome } | { runId: number; error: string };

/** Checks what came back from the worker: messages between threads are the one boundary without types. */
function answerFrom(message: unknown): WorkerAnswer | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  const runId: unknown = Reflect.get(message, "runId");
  if (typeof runId !== "number") return undefined;
  const error: unknown = Reflect.get(message, "error");
  if (typeof error === "string") return { runId, error };
  const outcome = outcomeFrom(Reflect.get(message, "outcome"));
  return outcome ? { runId, outcome } : undefined;
}

function outcomeFrom(message: unknown): AssignmentOutcome | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  if (!("openingOfYouth" in message) || !(message.openingOfYouth instanceof Int32Array)) return undefined;
  if (!("choiceOfYouth" in message) || !(message.choiceOfYouth instanceof Int32Array)) return undefined;
  if (!("summary" in message) || typeof message.summary !== "object" || message.summary === null)
    return undefined;
  const { summary } = message;
  if (!("byChoice" in summary) || !Array.isArray(summary.byChoice)) return undefined;
  if (!("unassigned" in summary) || typeof summary.unassigned !== "number") return undefined;
  if (!("freeSeats" in summary) || typeof summary.freeSeats !== "number") return undefined;
  const byChoice = summary.byChoice.filter((count): count is number => typeof count === "number");
  if (byChoice.length !== summary.byChoice.length) return undefined;
  return {
    openingOfYouth: message.openingOfYouth,
    choiceOfYouth: message.choiceOfYouth,
    summary: { byChoice, unassigned: summary.unassigned, freeSeats: summary.freeSeats },
  };
}

/** Checks what the worker was given; the same boundary from the other side. */
export function instanceFrom(data: unknown): AssignmentInstance {
  if (typeof data !== "object" || data === null) throw new TypeError("no assignment instance");
  const int32 = (key: string): Int32Array => {
    const value: unknown = Reflect.get(data, key);
    if (!(value instanceof Int32Array)) throw new TypeError(`${key} must be an Int32Array`);
    return value;
  };
  const count = (key: string): number => {
    const value: unknown = Reflect.get(data, key);
    if (typeof value !== "number") throw new TypeError(`${key} must be a number`);
    return value;
  };
  return {
    youthCount: count("youthCount"),
    openingCount: count("openingCount"),
    capacities: int32("capacities"),
    youthListStart: int32("youthListStart"),
    youthLists: int32("youthLists"),
    openingListStart: int32("openingListStart"),
    openingLists: int32("openingLists"),
  };
}
