import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests and tools create throwaway databases on (trust auth on 127.0.0.1 by default). */
export const postgresAdminUrl = (): string =>
  process.env.FORMASI_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TempDatabase = { url: string; name: string; drop: () => Promise<void> };

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Null when no PostgreSQL answers at the admin URL. */
export async function postgresReachable(adminUrl = postgresAdminUrl()): Promise<string | null> {
  try {
    await withClient(adminUrl, (client) => client.query('select 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Creates an empty database with a random name next to the admin database. */
export async function createTempPostgresDatabase(
  prefix: string,
  adminUrl = postgresAdminUrl(),
): Promise<TempDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withClient(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(
        () => undefined,
      ),
  };
}
