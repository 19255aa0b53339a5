import { startEmbeddedPostgres } from "../../src/server/db/embedded-postgres.js";

/** Starts an embedded server and then waits to be killed: stands in for a server that crashes. */
const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-postgres-child <dataDir>");
const server = await startEmbeddedPostgres({ dataDir, logger: { info: () => {}, warn: () => {} } });
process.stdout.write(`ready ${server.port}\n`);
setInterval(() => {}, 60_000);
