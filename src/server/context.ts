import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import type { Mailer } from "./mail/mailer.js";
import type { ChangeFeed } from "./platform/change-feed.js";
import type { Clock } from "./platform/clock.js";
import type { FieldCipher } from "./platform/field-encryption.js";
import type { SessionPolicy } from "./platform/sessions.js";

/** What route modules get from the app: built once in app.ts, never read from globals. */
export interface AppContext {
  config: Config;
  db: Database;
  /** Committed changes, for caches that must never serve what a change made untrue. */
  changes: ChangeFeed;
  clock: Clock;
  mailer: Mailer;
  /** Encrypts CPR numbers and sensitive information; the only way to read them back. */
  cipher: FieldCipher;
  sessionPolicy: SessionPolicy;
  cookieName: string;
  publicUrl: string;
}
