// What the bench asks PostgreSQL itself: the data's size and planning year, and SQL statements per request from
// pg_stat_statements, read through a separate `formasi_bench_stats` database so the bench's own statements never
// count (they run in another database than the one measured).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { requirePeer } from './peers.mjs';

const { Client } = requirePeer('pg');
const STATS_DATABASE = 'formasi_bench_stats';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
export const ENABLE_HINT =
  "add pg_stat_statements to shared_preload_libraries (ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'), restart PostgreSQL, then rerun";

export async function withClient(url, use) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const urlWithDatabase = (url, database) => {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
};

/** Server version, row counts of the main tables, the newest planning year, whether gap_row exists. */
export function describeDatabase(url) {
  return withClient(url, async (client) => {
    const count = async (table) =>
      Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
    const { rows } = await client.query(
      `select current_database() as name, current_setting('server_version') as version,
        (select oid from pg_database where datname = current_database()) as oid,
        (select max(year) from needs_analysis) as year, to_regclass('public.gap_row') is not null as gap_rows`,
    );
    return {
      name: rows[0].name,
      version: rows[0].version,
      oid: Number(rows[0].oid),
      year: rows[0].year === null ? null : Number(rows[0].year),
      gapRows: rows[0].gap_rows,
      counts: {
        unit: await count('unit'),
        position: await count('position'),
        staff_member: await count('staff_member'),
        needs_analysis: await count('needs_analysis'),
      },
    };
  });
}

const preloaded = (client) =>
  client.query('show shared_preload_libraries').then(({ rows }) => rows[0].shared_preload_libraries);

/** The pg_ctlcluster version and name of the local cluster on `port` (Debian's postgresql-common), or null. */
function localCluster(port) {
  if (!existsSync('/usr/bin/pg_lsclusters') || !existsSync('/usr/bin/pg_ctlcluster')) return null;
  const lines = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).trim().split('\n');
  const match = lines.map((line) => line.trim().split(/\s+/)).find((fields) => fields[2] === String(port));
  return match ? { version: match[0], name: match[1] } : null;
}

async function waitForConnections(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await withClient(url, (client) => client.query('select 1'));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Loads pg_stat_statements into a local cluster this process may restart, saying what it does. */
async function enablePreload(url, current, log) {
  const { hostname, port } = new URL(url);
  const cluster = LOCAL_HOSTS.has(hostname) && process.getuid?.() === 0 ? localCluster(port || 5432) : null;
  if (!cluster) return false;
  const libraries = [
    ...current
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    'pg_stat_statements',
  ];
  const setting = libraries.join(',');
  log(`pg_stat_statements is not loaded: ALTER SYSTEM SET shared_preload_libraries = '${setting}'`);
  await withClient(url, (client) => client.query(`alter system set shared_preload_libraries = '${setting}'`));
  log(
    `restarting PostgreSQL: pg_ctlcluster --skip-systemctl-redirect ${cluster.version} ${cluster.name} restart`,
  );
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, 'restart'], {
    stdio: 'inherit',
  });
  await waitForConnections(url);
  log('PostgreSQL accepts connections again');
  return true;
}

/**
 * A statement counter on the measured database, or `{ available: false, reason }` when pg_stat_statements cannot
 * be loaded from here.
 */
export async function openStatementCounter(url, databaseOid, log) {
  const current = await withClient(url, preloaded);
  if (
    !current
      .split(',')
      .map((name) => name.trim())
      .includes('pg_stat_statements')
  ) {
    if (!(await enablePreload(url, current, log))) {
      return { available: false, reason: `pg_stat_statements is not loaded: ${ENABLE_HINT}` };
    }
  }
  await withClient(url, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [STATS_DATABASE]);
    if (rowCount === 0) await client.query(`create database ${STATS_DATABASE}`);
  });
  const client = new Client({ connectionString: urlWithDatabase(url, STATS_DATABASE) });
  await client.connect();
  await client.query('create extension if not exists pg_stat_statements');
  return {
    available: true,
    reset: () => client.query('select pg_stat_statements_reset()'),
    /** Statements the measured database ran since the last reset. */
    count: async () =>
      Number(
        (
          await client.query(
            'select coalesce(sum(calls), 0) as calls from pg_stat_statements where dbid = $1',
            [databaseOid],
          )
        ).rows[0].calls,
      ),
    close: () => client.end(),
  };
}
