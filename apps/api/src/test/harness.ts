import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Env, loadEnv } from '../config/env.js';
import { createLogger } from '../config/logger.js';
import { openDatabase, type Orm } from '../db/database.js';
import { type DatabaseTarget } from '../db/orm-config.js';
import { createTempPostgresDatabase } from '../db/temp-postgres.js';
import { prepareDatabase } from '../bootstrap.js';
import { createFormasiServer } from '../server.js';

export const ADMIN = { email: 'admin@sawahlunto.test', password: 'Rahasia-Admin-2026' };

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
};

export type TestApp = {
  url: string;
  orm: Orm;
  env: Env;
  /** SQL statements seen since the last reset. */
  queries: string[];
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
    /** Extra request headers, e.g. Accept-Language. */
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse<T>>;
  login: (email?: string, password?: string) => Promise<string>;
  /** Requests answered by the known-query path (http/known-queries.ts) so far. */
  knownQueriesMatched: () => number;
  close: () => Promise<void>;
};

// MikroORM's query log line (colours off, see orm-config): "[query] ", the SQL, then " [took 1 ms, 3 results]".
const LOG_PREFIX = /^\[query\]\s*/;
const LOG_TIMING = /\s*\[took [^\]]*\]\s*$/;

/** The bare SQL of a query log line, so tests can match statements by how they start. */
export function sqlOf(message: string): string {
  return message.replace(LOG_PREFIX, '').replace(LOG_TIMING, '');
}

export const testDialect = (): 'sqlite' | 'postgresql' =>
  process.env.FORMASI_TEST_DIALECT === 'postgresql' ? 'postgresql' : 'sqlite';

/** A fresh database of the project's dialect, migrated and seeded like production, behind real HTTP. */
export async function startTestApp(
  options: {
    seed?: 'demo' | 'none';
    env?: Record<string, string>;
    /** Fills the migrated, seeded database before the server starts (e.g. gen-data). */
    prepare?: (orm: Orm) => Promise<void>;
  } = {},
): Promise<TestApp> {
  const dialect = testDialect();
  const dataDir = await mkdtemp(join(tmpdir(), 'formasi-test-'));
  const pg = dialect === 'postgresql' ? await createTempPostgresDatabase('formasi_test') : null;
  const env = loadEnv({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    FORMASI_DATA_DIR: dataDir,
    FORMASI_SEED: options.seed ?? 'demo',
    FORMASI_ADMIN_EMAIL: ADMIN.email,
    FORMASI_ADMIN_PASSWORD: ADMIN.password,
    FORMASI_ADMIN_DIST: join(dataDir, 'no-admin-build'),
    LOG_LEVEL: 'silent',
    // Statement counts include the session check (a cold cache); session-cache.test.ts turns it on.
    FORMASI_SESSION_CACHE_SECONDS: '0',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...options.env,
  });
  const logger = createLogger(env);
  const queries: string[] = [];
  const target: DatabaseTarget = pg
    ? { dialect: 'postgresql', url: pg.url }
    : { dialect: 'sqlite', file: join(dataDir, 'formasi.sqlite') };
  const orm = await openDatabase(target, { onQuery: (message) => queries.push(sqlOf(message)) });
  await prepareDatabase(orm, env, logger);
  await options.prepare?.(orm);
  const server = await createFormasiServer({ env, orm, logger });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;

  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    cookie?: string,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers };
  };
  const login = async (email = ADMIN.email, password = ADMIN.password) => {
    const response = await gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      { e: email, p: password },
    );
    const cookie = response.headers.get('set-cookie');
    if (!cookie || response.errors) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
    return cookie.split(';')[0] ?? '';
  };
  return {
    url,
    orm,
    env,
    queries,
    gql,
    login,
    knownQueriesMatched: () => server.knownQueries.matched,
    close: async () => {
      await server.stop();
      await orm.close(true);
      await pg?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
