import pg from 'pg';
import { type Logger } from '../config/logger.js';
import { type Viewer } from './viewer.js';

/** The channel the `formasi_auth_changed` trigger notifies with a user's id (migration AuthChangeNotify). */
export const AUTH_CHANNEL = 'formasi_auth';

type Entry = { viewer: Viewer; until: number };

export type SessionCacheOptions = {
  /** The longest a checked session is trusted without reading it again, whatever the notifications say. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
};

/**
 * Sessions already checked, by token hash, so a signed-in user's next requests cost no statement.
 *
 * The API stays stateless: this is a cache of what the database says, correct on any number of replicas because
 * each one LISTENs on `formasi_auth` and drops a user's entries when a trigger reports a change to their sessions,
 * account or roles (sign-out, disabling, a new grant), on commit. It is off until that LISTEN is in place and off
 * again the moment the listening connection fails (nothing cached while a notification could be missed), and an
 * entry lives at most `ttlMs` and never past its session's expiry. A read that started before an eviction does not
 * store what it read (`begin`/`store`): the database may already have changed under it.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private evictions = 0;
  private on = false;

  constructor(options: SessionCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 15_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.on;
  }

  enable(): void {
    this.on = true;
  }

  /** Drops everything and caches nothing until enabled again. */
  disable(): void {
    this.on = false;
    this.clear();
  }

  get(tokenHash: string): Viewer | undefined {
    if (!this.on) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.viewer;
  }

  /** A ticket for one database read: `store` keeps its result only if nothing was evicted meanwhile. */
  begin(): number {
    return this.evictions;
  }

  store(ticket: number, tokenHash: string, viewer: Viewer, sessionExpiresAt: number): void {
    if (!this.on || ticket !== this.evictions) return;
    const until = Math.min(this.now() + this.ttlMs, sessionExpiresAt);
    if (until <= this.now()) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(tokenHash, { viewer, until });
  }

  /** A user's sessions, account or roles changed: forget every session of theirs. */
  evictUser(userId: string): void {
    this.evictions += 1;
    for (const [key, entry] of this.entries) if (entry.viewer.id === userId) this.entries.delete(key);
  }

  clear(): void {
    this.evictions += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Keeps `cache` in step with PostgreSQL: LISTEN on its own connection, evict on every notification, disable the
 * cache whenever the connection is not listening, reconnect with back-off. Resolves once listening (or after the
 * first failure, with the cache off); `stop` closes it.
 */
export async function listenForAuthChanges(
  url: string,
  cache: SessionCache,
  logger: Logger,
): Promise<{ stop: () => Promise<void> }> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let delayMs = 500;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    client = next;
    const fail = (error: unknown) => {
      if (client !== next) return;
      cache.disable();
      client = null;
      next.removeAllListeners();
      void next.end().catch(() => undefined);
      if (stopped) return;
      logger.warn({ err: error, retryInMs: delayMs }, 'session cache off: lost the auth-change listener');
      retry = setTimeout(() => void connect(), delayMs);
      delayMs = Math.min(delayMs * 2, 30_000);
    };
    next.on('error', fail);
    next.on('end', () => fail(new Error('connection ended')));
    next.on('notification', (message) => {
      if (message.channel !== AUTH_CHANNEL) return;
      if (message.payload) cache.evictUser(message.payload);
      else cache.clear();
    });
    try {
      await next.connect();
      await next.query(`listen ${AUTH_CHANNEL}`);
      if (client !== next || stopped) return;
      // Whatever changed while nobody listened is unknown: start empty.
      cache.clear();
      cache.enable();
      delayMs = 500;
    } catch (error) {
      fail(error);
    }
  };

  await connect();
  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      cache.disable();
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners();
        await current.end().catch(() => undefined);
      }
    },
  };
}
