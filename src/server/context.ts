import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import type { Mailer } from "./mail/mailer.js";
import type { Clock } from "./platform/clock.js";
import type { SessionPolicy } from "./platform/sessions.js";

/** What route modules get from the app: built once in app.ts, never read from globals. */
export interface AppContext {
  config: Config;
  db: Database;
  clock: Clock;
  mailer: Mailer;
  sessionPolicy: SessionPolicy;
  cookieName: string;
  publicUrl: string;
}
