import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDialect, type TestApp } from '../test/harness.js';
import { SessionCache } from './session-cache.js';
import { Viewer } from './viewer.js';

const viewer = (id: string) =>
  new Viewer(id, `${id}@sawahlunto.test`, id, [{ role: 'VIEWER', unitId: null }]);

describe('session cache', () => {
  let clock = 1_000_000;
  const cacheOf = (options: { ttlMs?: number; maxEntries?: number } = {}) => {
    const cache = new SessionCache({ ...options, now: () => clock });
    cache.enable();
    return cache;
  };

  it('keeps a checked session until its time-to-live or its expiry, whichever comes first', () => {
    const cache = cacheOf({ ttlMs: 1000 });
    cache.store(cache.begin(), 'a', viewer('u1'), clock + 60_000);
    cache.store(cache.begin(), 'b', viewer('u2'), clock + 300);
    expect(cache.get('a')?.id).toBe('u1');
    expect(cache.get('b')?.id).toBe('u2');
    clock += 301;
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.id).toBe('u1');
    clock += 700;
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not store what a read saw when an eviction happened during the read', () => {
    const cache = cacheOf();
    const ticket = cache.begin();
    cache.evictUser('someone else');
    cache.store(ticket, 'a', viewer('u1'), clock + 60_000);
    expect(cache.get('a')).toBeUndefined();
    cache.store(cache.begin(), 'a', viewer('u1'), clock + 60_000);
    expect(cache.get('a')?.id).toBe('u1');
  });

  it("drops every session of a user whose sessions, account or roles changed, and nobody else's", () => {
    const cache = cacheOf();
    cache.store(cache.begin(), 'a', viewer('u1'), clock + 60_000);
    cache.store(cache.begin(), 'b', viewer('u1'), clock + 60_000);
    cache.store(cache.begin(), 'c', viewer('u2'), clock + 60_000);
    cache.evictUser('u1');
    expect([cache.get('a'), cache.get('b'), cache.get('c')?.id]).toEqual([undefined, undefined, 'u2']);
  });

  it('caches nothing while it is off (before LISTEN, after the listener failed)', () => {
    const cache = cacheOf();
    cache.store(cache.begin(), 'a', viewer('u1'), clock + 60_000);
    cache.disable();
    expect(cache.get('a')).toBeUndefined();
    cache.store(cache.begin(), 'a', viewer('u1'), clock + 60_000);
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries sessions, dropping the oldest', () => {
    const cache = cacheOf({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) cache.store(cache.begin(), key, viewer(key), clock + 60_000);
    expect([cache.get('a'), cache.get('b')?.id, cache.get('c')?.id]).toEqual([undefined, 'b', 'c']);
  });
});

// Another replica (or psql) changes the database; this server hears of it through the trigger's NOTIFY.
describe.runIf(testDialect() === 'postgresql')('session cache across replicas (PostgreSQL)', () => {
  let app: TestApp;
  let cookie: string;
  const me = () => app.gql<{ me: { id: string; roles: string[] } | null }>('{ me { id roles } }', {}, cookie);
  const sessionReads = () => app.queries.filter((sql) => sql.includes('from session s')).length;
  const sql = (text: string) => app.orm.em.fork().getConnection().execute(text);

  /** Polls until the server's answer satisfies `done` (notifications arrive asynchronously, in milliseconds). */
  async function eventually(done: (answer: Awaited<ReturnType<typeof me>>) => boolean): Promise<void> {
    const until = Date.now() + 3000;
    for (;;) {
      const answer = await me();
      if (done(answer)) return;
      if (Date.now() > until) throw new Error(`still ${JSON.stringify(answer.data)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { FORMASI_SESSION_CACHE_SECONDS: '60' } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('checks a session once, then answers its requests without a statement', async () => {
    cookie = await app.login();
    app.queries.length = 0;
    expect((await me()).data?.me?.roles).toEqual(['ADMIN']);
    expect(sessionReads()).toBe(1);
    app.queries.length = 0;
    for (let i = 0; i < 3; i++) expect((await me()).data?.me?.roles).toEqual(['ADMIN']);
    expect(app.queries).toEqual([]);
  });

  it('sees a new grant, written elsewhere, on the next requests', async () => {
    const { id } = (await me()).data?.me ?? { id: '' };
    await sql(
      `insert into role_assignment (id, created_at, updated_at, user_id, role, unit_id)
       values (gen_random_uuid(), now(), now(), '${id}', 'VIEWER', null)`,
    );
    await eventually((answer) => answer.data?.me?.roles.includes('VIEWER') === true);
  });

  it('refuses a session deleted elsewhere (signed out on another replica)', async () => {
    await sql('delete from session');
    await eventually((answer) => answer.data?.me === null);
  });

  it('refuses the sessions of a user disabled elsewhere', async () => {
    cookie = await app.login();
    expect((await me()).data?.me).not.toBeNull();
    await sql(`update app_user set disabled_at = now()`);
    await eventually((answer) => answer.data?.me === null);
  });
});
