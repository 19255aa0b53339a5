// Reads Vitest JSON reports and prints one closing line for the whole run.
// With --no-skips, a test that did not run fails the run: a skipped browser test proves nothing.
import fs from "node:fs";

const args = process.argv.slice(2);
const noSkips = args.includes("--no-skips");
const reports = args
  .filter((arg) => !arg.startsWith("--"))
  .map((file) => JSON.parse(fs.readFileSync(file, "utf8")));
const sum = (key) => reports.reduce((total, report) => total + report[key], 0);
const passed = sum("numPassedTests");
const failed = sum("numFailedTests");
const skipped = sum("numPendingTests") + sum("numTodoTests");

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0 || (noSkips && skipped > 0)) {
  console.error(
    noSkips && skipped > 0 ? "Every browser test must run; none may be skipped." : "The test run failed.",
  );
  process.exit(1);
}
