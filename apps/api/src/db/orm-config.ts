import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataloaderType, type Options } from '@mikro-orm/core';
import { defineConfig as defineLibSqlConfig } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig as definePostgreSqlConfig } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { type Env } from '../config/env.js';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { entities } from './entities.js';

export type Dialect = Env['dialect'];
export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgresql'; url: string };

export type OrmOverrides = {
  /** Receives every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
  /**
   * Read and write the committed migration snapshot. Off by default: running migrations with it on rewrites the
   * snapshot from the live database, so only the migration tools turn it on.
   */
  snapshot?: boolean;
};

const migrationsDir = (dialect: Dialect): string =>
  join(fileURLToPath(new URL('../migrations/', import.meta.url)), dialect);

export function databaseTargetOf(env: Pick<Env, 'DATABASE_URL' | 'dataDir'>): DatabaseTarget {
  return env.DATABASE_URL
    ? { dialect: 'postgresql', url: env.DATABASE_URL }
    : { dialect: 'sqlite', file: join(env.dataDir, 'formasi.sqlite') };
}

/** MikroORM options for either dialect; migrations are explicit lists, one folder per dialect. */
export function buildOrmOptions(target: DatabaseTarget, overrides: OrmOverrides = {}): Options {
  const shared = {
    entities,
    extensions: [Migrator, SeedManager],
    dataloader: DataloaderType.ALL,
    forceUndefined: false,
    allowGlobalContext: false,
    // With their parameters inlined, so a test can EXPLAIN what ran.
    debug: overrides.onQuery ? ['query' as const, 'query-params' as const] : false,
    logger: overrides.onQuery ?? (() => undefined),
    // Plain text for whoever reads the query log (tests match statements by how they start).
    colors: false,
    migrations: {
      path: migrationsDir(target.dialect),
      pathTs: migrationsDir(target.dialect),
      migrationsList: target.dialect === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
      snapshot: overrides.snapshot ?? false,
      snapshotName: '.snapshot',
      transactional: true,
      allOrNothing: true,
      emit: 'ts' as const,
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
  };
  if (target.dialect === 'postgresql') {
    return definePostgreSqlConfig({ ...shared, clientUrl: target.url, pool: { min: 0, max: 10 } });
  }
  return defineLibSqlConfig({ ...shared, dbName: target.file });
}
