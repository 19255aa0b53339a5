import { spawnSync } from "node:child_process";
import { benchEventAssignment } from "./event-assignment.js";
import { benchRecommendations } from "./recommendations.js";

/**
 * `npm run bench`: every benchmark, each on a fresh embedded database.
 * `npm run bench -- recommendations --openings 100000`: only the recommendations at that scale.
 * `npm run bench -- assignment`: only the matchmaking event assignment (in-process, no database).
 * `npm run bench -- event`: only a matchmaking event of 10,000 young people end to end on the server.
 */
const usage = "usage: npm run bench [-- recommendations --openings <count> | -- assignment | -- event]";

/** Scripts of their own, each in its own process (a clean heap for the in-process timings too). */
function runScript(file: string): boolean {
  const result = spawnSync(process.execPath, ["--import", "tsx", file], { stdio: "inherit" });
  return result.status === 0;
}

function openingsArgument(args: string[]): number {
  const at = args.indexOf("--openings");
  const value = at >= 0 ? Number(args[at + 1]) : 10_000;
  if (!Number.isInteger(value) || value < 1) throw new Error(usage);
  return value;
}

const args = process.argv.slice(2);
let passed = true;
if (args.length === 0) {
  passed = runScript("bench/run.ts") && passed;
  passed = runScript("bench/company-import.ts") && passed;
  for (const openings of [10_000, 100_000]) passed = (await benchRecommendations(openings)) && passed;
  passed = runScript("bench/stable-assignment.ts") && passed;
  passed = (await benchEventAssignment()) && passed;
} else if (args[0] === "recommendations") {
  passed = await benchRecommendations(openingsArgument(args));
} else if (args[0] === "assignment") {
  passed = runScript("bench/stable-assignment.ts");
} else if (args[0] === "event") {
  passed = await benchEventAssignment();
} else {
  console.error(usage);
  process.exit(2);
}
if (!passed) process.exitCode = 1;
