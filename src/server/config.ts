import path from "node:path";
import { z } from "zod";

const booleanFromString = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/** An empty variable (`FOO=` in a shell or .env file) means "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const durationMinutes = z.coerce.number().int().positive();

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public origin used in links sent by email. */
  PUBLIC_URL: optional(z.url()),
  DATABASE_URL: optional(z.string()),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().default("./data"),
  NEXTWORK_DEMO: booleanFromString.optional(),
  DEMO_PASSWORD: z.string().min(10).default("nextwork-demo"),
  SMTP_URL: optional(z.string()),
  ENCRYPTION_KEY: optional(
    z
      .base64()
      .refine((value) => Buffer.from(value, "base64").length === 32, "Must be 32 bytes, base64-encoded"),
  ),
  MAIL_FROM: z.string().default("Nextwork <no-reply@nextwork.local>"),
  SESSION_IDLE_MINUTES: durationMinutes.default(30),
  SESSION_ABSOLUTE_MINUTES: durationMinutes.default(12 * 60),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "off" keeps the in-process jobs (reminders, meeting generation) from running, e.g. in tests. */
  BACKGROUND_JOBS: z.enum(["on", "off"]).default("on"),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  environment: Environment["NODE_ENV"];
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  /** Connections per process; few beat many on a small machine (see README benchmarks). */
  databasePoolMax: number;
  dataDir: string;
  /** Whether demo data is seeded into an empty database. */
  seedDemoData: boolean;
  demoPassword: string;
  smtpUrl: string | undefined;
  /** Key for field encryption (CPR, sensitive information); see platform/field-encryption.ts. */
  encryptionKey: Buffer | undefined;
  mailFrom: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  logLevel: Environment["LOG_LEVEL"];
  webRoot: string;
  /** Whether this process runs the background jobs (reminder mails, group meetings ahead). */
  backgroundJobs: boolean;
}

/** Parses the environment once; the only reader of process.env. Throws with every problem listed. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const port = env.PORT;
  return {
    environment: env.NODE_ENV,
    isProduction: env.NODE_ENV === "production",
    host: env.HOST,
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    databaseUrl: env.DATABASE_URL,
    databasePoolMax: env.DATABASE_POOL_MAX,
    dataDir: path.resolve(env.DATA_DIR),
    // Against a server someone else runs, demo users are only created when asked for explicitly.
    seedDemoData: env.DATABASE_URL ? env.NEXTWORK_DEMO === true : env.NEXTWORK_DEMO !== false,
    demoPassword: env.DEMO_PASSWORD,
    smtpUrl: env.SMTP_URL,
    encryptionKey: env.ENCRYPTION_KEY ? Buffer.from(env.ENCRYPTION_KEY, "base64") : undefined,
    mailFrom: env.MAIL_FROM,
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: env.SESSION_ABSOLUTE_MINUTES * 60_000,
    logLevel: env.LOG_LEVEL,
    webRoot: path.resolve(import.meta.dirname, "../../dist/web"),
    backgroundJobs: env.BACKGROUND_JOBS === "on",
  };
}
