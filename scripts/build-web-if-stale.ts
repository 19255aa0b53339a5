import fs from "node:fs";
import path from "node:path";
import { build } from "vite";

/**
 * `npm start` runs this first: the web UI is built only when the build is missing or older than
 * its sources, so a second start is quick.
 */
const root = path.resolve(import.meta.dirname, "..");
const builtIndex = path.join(root, "dist", "web", "index.html");
const sources = [
  path.join(root, "src", "web"),
  path.join(root, "vite.config.ts"),
  path.join(root, "package-lock.json"),
];

function newestModification(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((name) => newestModification(path.join(entry, name))),
  );
}

const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
if (builtAt > Math.max(...sources.map(newestModification))) {
  console.log("The web UI is up to date");
} else {
  console.log("Building the web UI…");
  await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "warn" });
}
