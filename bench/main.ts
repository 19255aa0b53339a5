import { spawnSync } from "node:child_process";
import { benchRecommendations } from "./recommendations.js";

/**
 * `npm run bench`: every benchmark, each on a fresh embedded database.
 * `npm run bench -- recommendations --openings 100000`: only the recommendations at that scale.
 */
const usage = "usage: npm run bench [-- recommendations --openings <count>]";

/** The older benchmarks are scripts of their own; each runs in its own process. */
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
} else if (args[0] === "recommendations") {
  passed = await benchRecommendations(openingsArgument(args));
} else {
  console.error(usage);
  process.exit(2);
}
if (!passed) process.exitCode = 1;
