// `pnpm migrate`: applies pending migrations (and reference data) to the configured database, then exits.
import 'reflect-metadata';
import { EnvError, loadEnv } from '../config/env.js';
import { createLogger } from '../config/logger.js';
import { migrateDatabase, openDatabase } from '../db/database.js';
import { databaseTargetOf } from '../db/orm-config.js';
import { seedReference } from '../seeders/reference.seeder.js';

try {
  const env = loadEnv();
  const logger = createLogger(env);
  const orm = await openDatabase(databaseTargetOf(env));
  try {
    const applied = await migrateDatabase(orm);
    await seedReference(orm.em.fork());
    logger.info(
      { applied, dialect: env.dialect },
      applied.length ? 'migrations applied' : 'database is up to date',
    );
  } finally {
    await orm.close(true);
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
