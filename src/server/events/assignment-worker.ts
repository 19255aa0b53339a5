import { parentPort } from "node:worker_threads";
import { assignWithSummary, bufferOf, instanceFrom } from "./assignment.js";

/**
 * The worker thread of large events' assignments (assignment.ts): each message brings a run's
 * typed arrays by transfer; the result goes back the same way. A run that fails answers its error,
 * so the thread stays for the next one.
 */
parentPort?.on("message", (message: unknown) => {
  const runId: unknown = typeof message === "object" && message !== null ? Reflect.get(message, "runId") : -1;
  try {
    const outcome = assignWithSummary(instanceFrom(Reflect.get(Object(message), "instance")));
    parentPort?.postMessage({ runId, outcome }, [
      bufferOf(outcome.openingOfYouth),
      bufferOf(outcome.choiceOfYouth),
    ]);
  } catch (error) {
    parentPort?.postMessage({ runId, error: error instanceof Error ? error.message : String(error) });
  }
});
