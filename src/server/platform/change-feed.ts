import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * Changes committed to the database, heard through LISTEN/NOTIFY (decision 0010). Triggers
 * (migration 0006) send '<topic>:<key>' from the changing transaction, so a notice arrives only once
 * the change is committed. Hot read paths (the session behind a cookie, a young person's
 * recommendation state) keep what they read in a ChangeAwareCache and drop it when a notice names it.
 *
 * While the listening connection is down, every cache is empty and bypassed: a notice missed then
 * could leave a stale entry behind. Within one server process a request that changed something
 * waits for its own notices before it answers (`heardOwnChanges`), so the caller's next request
 * reads what it wrote; another process hears them within the notification delay (milliseconds).
 */
export const CHANGE_CHANNEL = "nextwork_changes";

const SYNC_TOPIC = "sync";
const RECONNECT_MS = 1_000;
const SYNC_TIMEOUT_MS = 5_000;

type ChangeListener = (topic: string, key: string) => void;
/** Called with no topic when the feed (re)connects or drops: everything cached must go. */
type ResetListener = () => void;

interface FeedLogger {
  error(details: object, message: string): void;
}

export class ChangeFeed {
  #client: pg.Client | null = null;
  #live = false;
  #closed = false;
  #retry: NodeJS.Timeout | undefined;
  readonly #changeListeners = new Set<ChangeListener>();
  readonly #resetListeners = new Set<ResetListener>();
  readonly #pendingSyncs = new Map<string, () => void>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: FeedLogger,
  ) {}

  /** True while every committed change is being heard; caches are used only then. */
  get live(): boolean {
    return this.#live;
  }

  onChange(listener: ChangeListener): void {
    this.#changeListeners.add(listener);
  }

  onReset(listener: ResetListener): void {
    this.#resetListeners.add(listener);
  }

  /** Connects and listens; a failure leaves the feed down (caches bypassed) and retries. */
  async start(): Promise<void> {
    if (this.#closed || this.#client) return;
    const client = new pg.Client(this.pool.options);
    this.#client = client;
    client.on("notification", (message) => this.#heard(message.payload ?? ""));
    client.on("error", (error) => this.#lost(client, error));
    client.on("end", () => this.#lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (this.#client !== client) return;
      this.#reset();
      this.#live = true;
    } catch (error) {
      this.#lost(client, error as Error);
    }
  }

  /**
   * Resolves once this process has heard every change committed before the call: PostgreSQL
   * delivers notices in commit order, so hearing a marker sent now means the earlier ones are in.
   */
  async heardOwnChanges(): Promise<void> {
    if (!this.#live) return;
    const token = randomUUID();
    const heard = new Promise<void>((resolve) => this.#pendingSyncs.set(token, resolve));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), SYNC_TIMEOUT_MS);
    });
    try {
      await this.pool.query("select pg_notify($1, $2)", [CHANGE_CHANNEL, `${SYNC_TOPIC}:${token}`]);
      if ((await Promise.race([heard, timedOut])) === "timeout") {
        // A feed that stopped delivering cannot be trusted to have delivered the rest either.
        this.#lost(this.#client, new Error("change feed did not deliver its own marker"));
      }
    } finally {
      clearTimeout(timer);
      this.#pendingSyncs.delete(token);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = null;
    this.#live = false;
    this.#reset();
    await client?.end().catch(() => {});
  }

  #heard(payload: string): void {
    const split = payload.indexOf(":");
    const topic = split < 0 ? payload : payload.slice(0, split);
    const key = split < 0 ? "" : payload.slice(split + 1);
    if (topic === SYNC_TOPIC) {
      this.#pendingSyncs.get(key)?.();
      return;
    }
    for (const listener of this.#changeListeners) listener(topic, key);
  }

  #lost(client: pg.Client | null, error: Error | null): void {
    if (client === null || this.#client !== client) return;
    this.#client = null;
    this.#live = false;
    this.#reset();
    for (const resolve of this.#pendingSyncs.values()) resolve();
    client.end().catch(() => {});
    if (this.#closed) return;
    this.logger.error({ error: error?.message ?? "connection ended" }, "change feed lost; caches bypassed");
    this.#retry = setTimeout(() => void this.start(), RECONNECT_MS);
  }

  #reset(): void {
    for (const listener of this.#resetListeners) listener();
  }
}

/**
 * A bounded cache whose entries a ChangeFeed keeps true. `forget` is told every change heard and
 * drops the entries it names. A value read while any change was heard is not kept: it may have
 * been read before that change committed.
 */
export class ChangeAwareCache<V> {
  readonly #entries = new Map<string, V>();
  #generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly maxEntries: number,
    forget: (topic: string, key: string, cache: ChangeAwareCache<V>) => void,
  ) {
    feed.onChange((topic, key) => {
      this.#generation += 1;
      forget(topic, key, this);
    });
    feed.onReset(() => this.clear());
  }

  get(key: string): V | undefined {
    return this.feed.live ? this.#entries.get(key) : undefined;
  }

  /** The cached value, or `load`'s, kept when nothing changed while it was read. */
  async read(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const generation = this.#generation;
    const wasLive = this.feed.live;
    const value = await load();
    if (value !== undefined && wasLive && this.feed.live && generation === this.#generation) {
      this.#store(key, value);
    }
    return value;
  }

  /** Replaces an entry that is still cached, after this process itself changed what it was read from. */
  update(key: string, value: V): void {
    if (this.#entries.has(key)) this.#entries.set(key, value);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  deleteWhere(matches: (value: V) => boolean): void {
    for (const [key, value] of this.#entries) if (matches(value)) this.#entries.delete(key);
  }

  clear(): void {
    this.#generation += 1;
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }

  #store(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    // Maps keep insertion order: the first key is the one stored longest ago.
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}
