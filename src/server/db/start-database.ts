import type { Config } from "../config.js";
import { connectDatabase, type DatabaseHandle, type PoolErrorLogger } from "./database.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { runMigrations } from "./migrate.js";

export interface StartedDatabase extends DatabaseHandle {
  /** Closes the pool, then stops the embedded server if one was started. */
  shutdown(): Promise<void>;
  embedded: boolean;
}

interface StartupLogger extends PoolErrorLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** DATABASE_URL when set, otherwise an embedded PostgreSQL in DATA_DIR; migrated either way. */
export async function startDatabase(
  config: Config,
  logger: StartupLogger,
  options: { attachIfRunning?: boolean } = {},
): Promise<StartedDatabase> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        attachIfRunning: options.attachIfRunning ?? false,
        logger: { info: (m) => logger.info(m), warn: (m) => logger.warn(m) },
      });
  const connectionString = config.databaseUrl ?? embedded?.connectionString;
  if (!connectionString) throw new Error("No database");
  try {
    await runMigrations(connectionString);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const handle = connectDatabase(connectionString, logger, config.databasePoolMax);
  return {
    ...handle,
    embedded: embedded !== undefined,
    async shutdown() {
      await handle.close();
      await embedded?.stop();
    },
  };
}
