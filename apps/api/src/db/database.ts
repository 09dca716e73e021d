import { MikroORM } from '@mikro-orm/core';
import { type DatabaseTarget, type OrmOverrides, buildOrmOptions } from './orm-config.js';

export type Orm = MikroORM;

/** Connects to the database; callers decide whether to migrate (start-up and the `migrate` script do). */
export async function openDatabase(target: DatabaseTarget, overrides: OrmOverrides = {}): Promise<Orm> {
  return MikroORM.init(buildOrmOptions(target, overrides));
}

/** Applies pending migrations in one transaction; returns the names applied. */
export async function migrateDatabase(orm: Orm): Promise<string[]> {
  const migrator = orm.getMigrator();
  const applied = await migrator.up();
  return applied.map((migration) => migration.name);
}

/** Checks the database answers; used by /healthz. */
export async function pingDatabase(orm: Orm): Promise<void> {
  await orm.em.fork().getConnection().execute('select 1');
}
