import { parseArgs } from "node:util";
import { z } from "zod";
import { roleSchema } from "./accounts/accounts.schemas.js";
import { loadConfig } from "./config.js";
import { startDatabase } from "./db/start-database.js";
import { runOperatorCommand } from "./operator-commands.js";

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  municipality:create --name <name> --slug <slug> --code <3 digits>
  user:create --email <email> --name <display name> --role <role> [--municipality <slug>] [--password <password>]
      Without --password the user is invited and a one-time invitation link is printed.
  user:disable --email <email>
  postal-codes:import <file>
      Upserts postal codes from Dataforsyningen's (DAWA) postnumre JSON, e.g. saved from
      https://api.dataforsyningen.dk/postnumre; a relative path is from the project folder.

Roles: ${roleSchema.options.join(", ")}`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "--help" || command === "help") {
    console.log(usage);
    return command ? 0 : 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      name: { type: "string" },
      slug: { type: "string" },
      code: { type: "string" },
      email: { type: "string" },
      role: { type: "string" },
      municipality: { type: "string" },
      password: { type: "string" },
    },
    strict: true,
    allowPositionals: true,
  });
  const config = loadConfig();
  const quiet = { info: () => {}, warn: (m: string) => process.stderr.write(`${m}\n`), error: () => {} };
  // While `npm start` runs, the CLI uses its embedded database rather than refusing.
  const database = await startDatabase(config, quiet, { attachIfRunning: true });
  try {
    const output = await runOperatorCommand(database.db, config, command, values, positionals);
    process.stdout.write(`${output}\n`);
    return 0;
  } finally {
    await database.shutdown();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof z.ZodError
        ? error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n")
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`Error: ${message}\n\n${usage}\n`);
    process.exit(1);
  },
);
