import { loadConfig } from "../config.js";
import { startDatabase } from "./start-database.js";

/** `npm run db:migrate`: applies pending migrations (the server also does this on every start). */
const config = loadConfig();
const logger = { info: (m: string) => console.log(m), warn: (m: string) => console.warn(m), error: () => {} };
startDatabase(config, logger, { attachIfRunning: true })
  .then(async (database) => {
    await database.shutdown();
    console.log("Migrations are up to date");
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
