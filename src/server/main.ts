import pino from "pino";
import { buildApp, loggerOptions } from "./app.js";
import { loadConfig } from "./config.js";
import { demoAccounts, hasDemoAccounts, seedDemoData } from "./db/seed.js";
import { startDatabase } from "./db/start-database.js";

const SHUTDOWN_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino(loggerOptions(config));
  const database = await startDatabase(config, {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (details, message) => logger.error(details, message),
  });

  const seeded = config.seedDemoData
    ? await seedDemoData(database.db, config.demoPassword).catch(async (error: unknown) => {
        await database.shutdown();
        throw error;
      })
    : false;
  if (seeded) logger.info("Demo data created");
  const showDemoAccounts = config.seedDemoData && (await hasDemoAccounts(database.db));

  const app = await buildApp({ config, database, logger }).catch(async (error: unknown) => {
    await database.shutdown();
    throw error;
  });
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info(`${signal} received: finishing requests and stopping`);
    const forced = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    forced.unref();
    try {
      await app.close();
      await database.shutdown();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    logger.error({ err: error }, "could not listen");
    await database.shutdown();
    process.exit(1);
  }
  logger.info(`Nextwork is ready on http://localhost:${config.port}`);
  // A plain banner for the person at the terminal; the log lines above are for machines.
  const banner = [
    `\nNextwork: http://localhost:${config.port}   API docs: http://localhost:${config.port}/api/docs`,
  ];
  if (showDemoAccounts) {
    banner.push(`Demo accounts, password "${config.demoPassword}":`);
    for (const account of demoAccounts) banner.push(`  ${account.email.padEnd(26)} ${account.role}`);
  }
  process.stdout.write(`${banner.join("\n")}\n\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
