import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema.js";

export type Database = NodePgDatabase<typeof schema>;
/** A transaction handle; repositories accept either this or the database. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface PoolErrorLogger {
  error(details: object, message: string): void;
}

/** A pool error (the server restarting, a dropped connection) must never crash the process. */
export function connectDatabase(
  connectionString: string,
  logger: PoolErrorLogger,
  max: number,
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
  });
  pool.on("error", (error: Error & { code?: string }) =>
    logger.error({ error: error.message, code: error.code }, "idle database connection failed"),
  );
  const db = drizzle(pool, { schema, casing: "snake_case" });
  let closing: Promise<void> | undefined;
  return {
    db,
    pool,
    close() {
      closing ??= endPool(pool);
      return closing;
    },
  };
}

/**
 * pool.end() resolves before its connections have said goodbye; stopping the server right after
 * would cut them off mid-way. Wait for each to be removed (bounded, in case one hangs).
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const allRemoved = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on("remove", () => {
      open -= 1;
      if (open <= 0) resolve();
    });
  });
  await pool.end();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([allRemoved, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
  clearTimeout(timer);
}
