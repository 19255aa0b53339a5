import { loadConfig } from "../config.js";
import { demoAccounts, seedDemoData } from "./seed.js";
import { startDatabase } from "./start-database.js";

/** `npm run db:seed`: creates the demo data in an empty database; a database with data is left alone. */
const config = loadConfig();
const logger = { info: (m: string) => console.log(m), warn: (m: string) => console.warn(m), error: () => {} };
startDatabase(config, logger, { attachIfRunning: true })
  .then(async (database) => {
    try {
      const seeded = await seedDemoData(database.db, config.demoPassword);
      console.log(
        seeded
          ? `Demo data created; password "${config.demoPassword}" for ${demoAccounts.map((a) => a.email).join(", ")}`
          : "The database already has data; nothing was seeded",
      );
    } finally {
      await database.shutdown();
    }
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
